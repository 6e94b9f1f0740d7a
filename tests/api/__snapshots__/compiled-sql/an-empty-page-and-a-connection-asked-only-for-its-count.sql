-- an empty page and a connection asked only for its count
SELECT json_build_array((SELECT count(*)::int FROM event e WHERE TRUE),(SELECT coalesce(json_agg(json_build_array(t0.id)
            ORDER BY t0.date DESC NULLS LAST, t0.id DESC), '[]'::json)
          FROM (SELECT e.* FROM event e WHERE TRUE
          ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT 1) t0),(SELECT count(*)::int FROM event e WHERE TRUE)) AS data
-- values: []
