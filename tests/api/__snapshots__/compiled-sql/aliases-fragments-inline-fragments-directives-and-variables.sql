-- aliases, fragments, inline fragments, directives and variables
SELECT json_build_array((SELECT count(*)::int FROM event e WHERE TRUE),(SELECT coalesce(json_agg(json_build_array(t0.id,json_build_array(t0.id,t0.code,t0.summary,t0.code,(SELECT coalesce(json_agg(json_build_array((SELECT json_build_array(t2.id,t2.name) FROM entity t2
      WHERE t2.id = t1.entity_id)) ORDER BY t1.role, t1.id), '[]'::json)
      FROM (SELECT * FROM event_participant t1 WHERE t1.event_id = t0.id ORDER BY t1.role, t1.id LIMIT 10) t1),(SELECT coalesce(json_agg(json_build_array(t3.id,json_build_array(t3.text))
            ORDER BY t3.id DESC), '[]'::json)
          FROM (SELECT q.* FROM quote q
            WHERE q.id IN (SELECT l.quote_id FROM quote_event l WHERE l.event_id = t0.id)
              AND (NULL::int IS NULL OR q.id < NULL::int)
            ORDER BY q.id DESC LIMIT 2) t3)))
            ORDER BY t0.date DESC NULLS LAST, t0.id DESC), '[]'::json)
          FROM (SELECT e.* FROM event e WHERE TRUE
          ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT 13) t0),(SELECT coalesce(json_agg(json_build_array(t4.id,json_build_array(t4.id,t4.code,t4.summary))
            ORDER BY t4.date ASC NULLS LAST, t4.id ASC), '[]'::json)
          FROM (SELECT e.* FROM event e WHERE TRUE
          ORDER BY e.date ASC NULLS LAST, e.id ASC LIMIT 4) t4)) AS data
-- values: []
