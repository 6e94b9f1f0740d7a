-- quotes about each event with every covered quote field and paging
SELECT json_build_array((SELECT coalesce(json_agg(json_build_array(t0.id,json_build_array(t0.id,(SELECT count(*)::int FROM quote q
            WHERE q.id IN (SELECT l.quote_id FROM quote_event l WHERE l.event_id = t0.id)),(SELECT coalesce(json_agg(json_build_array(t1.id,json_build_array(t1.id,t1.text,t1.verb,t1.confidence,(SELECT json_build_array(t2.id,t2.name,(SELECT coalesce(json_agg(a.alias ORDER BY a.id), '[]'::json)
              FROM (SELECT a.alias, a.id FROM entity_alias a WHERE a.entity_id = t2.id
                ORDER BY a.id LIMIT 20) a)) FROM entity t2
      WHERE t2.id = t1.speaker_id),(SELECT json_build_array(t3.id,t3.title,t3.body,t3.text) FROM article t3
      WHERE t3.id = t1.article_id)))
            ORDER BY t1.id DESC), '[]'::json)
          FROM (SELECT q.* FROM quote q
            WHERE q.id IN (SELECT l.quote_id FROM quote_event l WHERE l.event_id = t0.id)
              AND (NULL::int IS NULL OR q.id < NULL::int)
            ORDER BY q.id DESC LIMIT 3) t1)))
            ORDER BY t0.date DESC NULLS LAST, t0.id DESC), '[]'::json)
          FROM (SELECT e.* FROM event e WHERE TRUE
          ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT 31) t0)) AS data
-- values: []
