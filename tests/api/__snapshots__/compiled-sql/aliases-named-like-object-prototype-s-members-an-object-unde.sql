-- aliases named like Object.prototype's members, an object under __proto__ too
SELECT json_build_array((SELECT count(*)::int FROM event e WHERE TRUE),(SELECT count(*)::int FROM event e WHERE TRUE),(SELECT coalesce(json_agg(json_build_array(t0.id,json_build_array(t0.id,t0.code,(SELECT json_build_array(t1.name) FROM entity t1
      WHERE t1.id = t0.location_id)),json_build_array(t0.id,t0.code))
            ORDER BY t0.date DESC NULLS LAST, t0.id DESC), '[]'::json)
          FROM (SELECT e.* FROM event e WHERE TRUE
          ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT 3) t0)) AS data
-- values: []
