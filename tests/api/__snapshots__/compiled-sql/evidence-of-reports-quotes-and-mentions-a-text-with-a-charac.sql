-- evidence of reports, quotes and mentions (a text with a character beyond the BMP too)
SELECT json_build_array((SELECT coalesce(json_agg(json_build_array(t0.id,json_build_array((SELECT coalesce(json_agg(json_build_array(t1.confidence,json_build_array(t1.start,t1.end,t1.sentence_index,(SELECT CASE WHEN t2.text ~ '[\U00010000-\U0010FFFF]'
        THEN json_build_array(t1.start, t1.end, left(t2.text, t1.end))
        ELSE json_build_array(NULL, NULL, substr(t2.text, t1.start + 1, greatest(t1.end - t1.start, 0))) END
      FROM article t2 WHERE t2.id = t1.article_id),(SELECT CASE WHEN t3.text ~ '[\U00010000-\U0010FFFF]'
        THEN json_build_array((CASE WHEN t3.sentence_bounds[t1.sentence_index * 2 + 1] IS NOT NULL AND t3.sentence_bounds[t1.sentence_index * 2 + 2] IS NOT NULL THEN t3.sentence_bounds[t1.sentence_index * 2 + 1] ELSE t1.start END), (CASE WHEN t3.sentence_bounds[t1.sentence_index * 2 + 1] IS NOT NULL AND t3.sentence_bounds[t1.sentence_index * 2 + 2] IS NOT NULL THEN t3.sentence_bounds[t1.sentence_index * 2 + 2] ELSE t1.end END), left(t3.text, (CASE WHEN t3.sentence_bounds[t1.sentence_index * 2 + 1] IS NOT NULL AND t3.sentence_bounds[t1.sentence_index * 2 + 2] IS NOT NULL THEN t3.sentence_bounds[t1.sentence_index * 2 + 2] ELSE t1.end END)))
        ELSE json_build_array(NULL, NULL, substr(t3.text, (CASE WHEN t3.sentence_bounds[t1.sentence_index * 2 + 1] IS NOT NULL AND t3.sentence_bounds[t1.sentence_index * 2 + 2] IS NOT NULL THEN t3.sentence_bounds[t1.sentence_index * 2 + 1] ELSE t1.start END) + 1, greatest((CASE WHEN t3.sentence_bounds[t1.sentence_index * 2 + 1] IS NOT NULL AND t3.sentence_bounds[t1.sentence_index * 2 + 2] IS NOT NULL THEN t3.sentence_bounds[t1.sentence_index * 2 + 2] ELSE t1.end END) - (CASE WHEN t3.sentence_bounds[t1.sentence_index * 2 + 1] IS NOT NULL AND t3.sentence_bounds[t1.sentence_index * 2 + 2] IS NOT NULL THEN t3.sentence_bounds[t1.sentence_index * 2 + 1] ELSE t1.start END), 0))) END
      FROM article t3 WHERE t3.id = t1.article_id),(SELECT json_build_array(t4.id) FROM article t4
      WHERE t4.id = t1.article_id))) ORDER BY t1.article_id, t1.start), '[]'::json)
      FROM (SELECT * FROM event_mention t1 WHERE t1.event_id = t0.id ORDER BY t1.article_id, t1.start LIMIT 50) t1)))
            ORDER BY t0.date DESC NULLS LAST, t0.id DESC), '[]'::json)
          FROM (SELECT e.* FROM event e WHERE TRUE
          ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT 101) t0),(SELECT coalesce(json_agg(json_build_array(t5.id,json_build_array(json_build_array((SELECT CASE WHEN t6.text ~ '[\U00010000-\U0010FFFF]'
        THEN json_build_array(t5.start, t5.end, left(t6.text, t5.end))
        ELSE json_build_array(NULL, NULL, substr(t6.text, t5.start + 1, greatest(t5.end - t5.start, 0))) END
      FROM article t6 WHERE t6.id = t5.article_id),(SELECT CASE WHEN t7.text ~ '[\U00010000-\U0010FFFF]'
        THEN json_build_array((CASE WHEN t7.sentence_bounds[t5.sentence_index * 2 + 1] IS NOT NULL AND t7.sentence_bounds[t5.sentence_index * 2 + 2] IS NOT NULL THEN t7.sentence_bounds[t5.sentence_index * 2 + 1] ELSE t5.start END), (CASE WHEN t7.sentence_bounds[t5.sentence_index * 2 + 1] IS NOT NULL AND t7.sentence_bounds[t5.sentence_index * 2 + 2] IS NOT NULL THEN t7.sentence_bounds[t5.sentence_index * 2 + 2] ELSE t5.end END), left(t7.text, (CASE WHEN t7.sentence_bounds[t5.sentence_index * 2 + 1] IS NOT NULL AND t7.sentence_bounds[t5.sentence_index * 2 + 2] IS NOT NULL THEN t7.sentence_bounds[t5.sentence_index * 2 + 2] ELSE t5.end END)))
        ELSE json_build_array(NULL, NULL, substr(t7.text, (CASE WHEN t7.sentence_bounds[t5.sentence_index * 2 + 1] IS NOT NULL AND t7.sentence_bounds[t5.sentence_index * 2 + 2] IS NOT NULL THEN t7.sentence_bounds[t5.sentence_index * 2 + 1] ELSE t5.start END) + 1, greatest((CASE WHEN t7.sentence_bounds[t5.sentence_index * 2 + 1] IS NOT NULL AND t7.sentence_bounds[t5.sentence_index * 2 + 2] IS NOT NULL THEN t7.sentence_bounds[t5.sentence_index * 2 + 2] ELSE t5.end END) - (CASE WHEN t7.sentence_bounds[t5.sentence_index * 2 + 1] IS NOT NULL AND t7.sentence_bounds[t5.sentence_index * 2 + 2] IS NOT NULL THEN t7.sentence_bounds[t5.sentence_index * 2 + 1] ELSE t5.start END), 0))) END
      FROM article t7 WHERE t7.id = t5.article_id))))
            ORDER BY t5.id DESC), '[]'::json)
          FROM (SELECT q.* FROM quote q WHERE TRUE 
      ORDER BY q.id DESC LIMIT 6 ) t5),(SELECT coalesce(json_agg(json_build_array(t8.id,json_build_array(t8.name,(SELECT coalesce(json_agg(json_build_array(t9.id,json_build_array(t9.text,json_build_array(t9.start,t9.end,(SELECT CASE WHEN t10.text ~ '[\U00010000-\U0010FFFF]'
        THEN json_build_array(t9.start, t9.end, left(t10.text, t9.end))
        ELSE json_build_array(NULL, NULL, substr(t10.text, t9.start + 1, greatest(t9.end - t9.start, 0))) END
      FROM article t10 WHERE t10.id = t9.article_id),(SELECT CASE WHEN t11.text ~ '[\U00010000-\U0010FFFF]'
        THEN json_build_array((CASE WHEN t11.sentence_bounds[t9.sentence_index * 2 + 1] IS NOT NULL AND t11.sentence_bounds[t9.sentence_index * 2 + 2] IS NOT NULL THEN t11.sentence_bounds[t9.sentence_index * 2 + 1] ELSE t9.start END), (CASE WHEN t11.sentence_bounds[t9.sentence_index * 2 + 1] IS NOT NULL AND t11.sentence_bounds[t9.sentence_index * 2 + 2] IS NOT NULL THEN t11.sentence_bounds[t9.sentence_index * 2 + 2] ELSE t9.end END), left(t11.text, (CASE WHEN t11.sentence_bounds[t9.sentence_index * 2 + 1] IS NOT NULL AND t11.sentence_bounds[t9.sentence_index * 2 + 2] IS NOT NULL THEN t11.sentence_bounds[t9.sentence_index * 2 + 2] ELSE t9.end END)))
        ELSE json_build_array(NULL, NULL, substr(t11.text, (CASE WHEN t11.sentence_bounds[t9.sentence_index * 2 + 1] IS NOT NULL AND t11.sentence_bounds[t9.sentence_index * 2 + 2] IS NOT NULL THEN t11.sentence_bounds[t9.sentence_index * 2 + 1] ELSE t9.start END) + 1, greatest((CASE WHEN t11.sentence_bounds[t9.sentence_index * 2 + 1] IS NOT NULL AND t11.sentence_bounds[t9.sentence_index * 2 + 2] IS NOT NULL THEN t11.sentence_bounds[t9.sentence_index * 2 + 2] ELSE t9.end END) - (CASE WHEN t11.sentence_bounds[t9.sentence_index * 2 + 1] IS NOT NULL AND t11.sentence_bounds[t9.sentence_index * 2 + 2] IS NOT NULL THEN t11.sentence_bounds[t9.sentence_index * 2 + 1] ELSE t9.start END), 0))) END
      FROM article t11 WHERE t11.id = t9.article_id))))
            ORDER BY t9.id DESC), '[]'::json)
          FROM (SELECT m.* FROM mention m
            WHERE m.entity_id = t8.id AND (NULL::int IS NULL OR m.id < NULL::int)
            ORDER BY m.id DESC LIMIT 4) t9)))
            ORDER BY t8.mention_count DESC, t8.id ASC), '[]'::json)
          FROM (SELECT e.* FROM entity e WHERE TRUE AND ((left(e.key, 5) = $1
        OR strpos(e.key, $2) > 0) OR EXISTS (
      SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id AND (left(a.key, 5) = $3
        OR strpos(a.key, $4) > 0)))
          ORDER BY e.mention_count DESC, e.id ASC LIMIT 101) t8)) AS data
-- values: ["envoy"," envoy","envoy"," envoy"]
