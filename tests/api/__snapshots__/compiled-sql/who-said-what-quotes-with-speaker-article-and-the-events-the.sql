-- who said what: quotes with speaker, article and the events they speak about
SELECT json_build_array((SELECT count(*)::int FROM quote q WHERE TRUE),(SELECT coalesce(json_agg(json_build_array(t0.id,json_build_array(t0.id,t0.text,t0.verb,t0.confidence,(SELECT json_build_array(t1.name,t1.type) FROM entity t1
      WHERE t1.id = t0.speaker_id),(SELECT json_build_array(t2.title) FROM article t2
      WHERE t2.id = t0.article_id),(SELECT coalesce(json_agg(json_build_array(t3.id,t3.code,t3.date) ORDER BY t3.id), '[]'::json)
      FROM (SELECT * FROM event t3 WHERE t3.id IN (
            SELECT m.event_id FROM quote q JOIN event_mention m ON m.article_id = q.article_id
            WHERE q.id = t0.id AND EXISTS (SELECT 1 FROM quote_event l
  WHERE l.quote_id = q.id AND l.event_id = m.event_id)) ORDER BY t3.id LIMIT 10) t3)))
            ORDER BY t0.id DESC), '[]'::json)
          FROM (SELECT q.* FROM quote q WHERE TRUE 
      ORDER BY q.id DESC LIMIT 61 ) t0)) AS data
-- values: []
