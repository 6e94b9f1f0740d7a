-- evidence of reports, quotes and mentions (a text with a character beyond the BMP too)
SELECT json_build_array((SELECT coalesce(json_agg(json_build_array(t0.id,json_build_array((SELECT coalesce(json_agg(json_build_array(t1.confidence,json_build_array(t1.start,t1.end,t1.sentence_index,(SELECT CASE WHEN t2.text ~ '[\U00010000-\U0010FFFF]'
        THEN json_build_array(t1.start, t1.end, left(t2.text, t1.end))
        ELSE json_build_array(NULL, NULL, substr(t2.text, t1.start + 1, greatest(t1.end - t1.start, 0))) END
      FROM article t2 WHERE t2.id = t1.article_id),(SELECT CASE WHEN t3.text ~ '[\U00010000-\U0010FFFF]'
        THEN json_build_array((CASE WHEN t3.sentence_bounds[t1.sentence_index * 2 + $1] IS NOT NULL AND t3.sentence_bounds[t1.sentence_index * 2 + $2] IS NOT NULL THEN t3.sentence_bounds[t1.sentence_index * 2 + $3] ELSE t1.start END), (CASE WHEN t3.sentence_bounds[t1.sentence_index * 2 + $4] IS NOT NULL AND t3.sentence_bounds[t1.sentence_index * 2 + $5] IS NOT NULL THEN t3.sentence_bounds[t1.sentence_index * 2 + $6] ELSE t1.end END), left(t3.text, (CASE WHEN t3.sentence_bounds[t1.sentence_index * 2 + $7] IS NOT NULL AND t3.sentence_bounds[t1.sentence_index * 2 + $8] IS NOT NULL THEN t3.sentence_bounds[t1.sentence_index * 2 + $9] ELSE t1.end END)))
        ELSE json_build_array(NULL, NULL, substr(t3.text, (CASE WHEN t3.sentence_bounds[t1.sentence_index * 2 + $10] IS NOT NULL AND t3.sentence_bounds[t1.sentence_index * 2 + $11] IS NOT NULL THEN t3.sentence_bounds[t1.sentence_index * 2 + $12] ELSE t1.start END) + 1, greatest((CASE WHEN t3.sentence_bounds[t1.sentence_index * 2 + $13] IS NOT NULL AND t3.sentence_bounds[t1.sentence_index * 2 + $14] IS NOT NULL THEN t3.sentence_bounds[t1.sentence_index * 2 + $15] ELSE t1.end END) - (CASE WHEN t3.sentence_bounds[t1.sentence_index * 2 + $16] IS NOT NULL AND t3.sentence_bounds[t1.sentence_index * 2 + $17] IS NOT NULL THEN t3.sentence_bounds[t1.sentence_index * 2 + $18] ELSE t1.start END), 0))) END
      FROM article t3 WHERE t3.id = t1.article_id),(SELECT json_build_array(t4.id) FROM article t4
      WHERE t4.id = t1.article_id))) ORDER BY t1.article_id, t1.start), '[]'::json)
      FROM (SELECT * FROM event_mention t1 WHERE t1.event_id = t0.id ORDER BY t1.article_id, t1.start LIMIT $19) t1)))
            ORDER BY t0.date DESC NULLS LAST, t0.id DESC), '[]'::json)
          FROM (SELECT e.* FROM event e WHERE TRUE
          ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT $20) t0),(SELECT coalesce(json_agg(json_build_array(t5.id,json_build_array(json_build_array((SELECT CASE WHEN t6.text ~ '[\U00010000-\U0010FFFF]'
        THEN json_build_array(t5.start, t5.end, left(t6.text, t5.end))
        ELSE json_build_array(NULL, NULL, substr(t6.text, t5.start + 1, greatest(t5.end - t5.start, 0))) END
      FROM article t6 WHERE t6.id = t5.article_id),(SELECT CASE WHEN t7.text ~ '[\U00010000-\U0010FFFF]'
        THEN json_build_array((CASE WHEN t7.sentence_bounds[t5.sentence_index * 2 + $21] IS NOT NULL AND t7.sentence_bounds[t5.sentence_index * 2 + $22] IS NOT NULL THEN t7.sentence_bounds[t5.sentence_index * 2 + $23] ELSE t5.start END), (CASE WHEN t7.sentence_bounds[t5.sentence_index * 2 + $24] IS NOT NULL AND t7.sentence_bounds[t5.sentence_index * 2 + $25] IS NOT NULL THEN t7.sentence_bounds[t5.sentence_index * 2 + $26] ELSE t5.end END), left(t7.text, (CASE WHEN t7.sentence_bounds[t5.sentence_index * 2 + $27] IS NOT NULL AND t7.sentence_bounds[t5.sentence_index * 2 + $28] IS NOT NULL THEN t7.sentence_bounds[t5.sentence_index * 2 + $29] ELSE t5.end END)))
        ELSE json_build_array(NULL, NULL, substr(t7.text, (CASE WHEN t7.sentence_bounds[t5.sentence_index * 2 + $30] IS NOT NULL AND t7.sentence_bounds[t5.sentence_index * 2 + $31] IS NOT NULL THEN t7.sentence_bounds[t5.sentence_index * 2 + $32] ELSE t5.start END) + 1, greatest((CASE WHEN t7.sentence_bounds[t5.sentence_index * 2 + $33] IS NOT NULL AND t7.sentence_bounds[t5.sentence_index * 2 + $34] IS NOT NULL THEN t7.sentence_bounds[t5.sentence_index * 2 + $35] ELSE t5.end END) - (CASE WHEN t7.sentence_bounds[t5.sentence_index * 2 + $36] IS NOT NULL AND t7.sentence_bounds[t5.sentence_index * 2 + $37] IS NOT NULL THEN t7.sentence_bounds[t5.sentence_index * 2 + $38] ELSE t5.start END), 0))) END
      FROM article t7 WHERE t7.id = t5.article_id))))
            ORDER BY t5.id DESC), '[]'::json)
          FROM (SELECT q.* FROM quote q WHERE TRUE 
      ORDER BY q.id DESC LIMIT $39 ) t5),(SELECT coalesce(json_agg(json_build_array(t8.id,json_build_array(t8.name,(SELECT coalesce(json_agg(json_build_array(t9.id,json_build_array(t9.text,json_build_array(t9.start,t9.end,(SELECT CASE WHEN t10.text ~ '[\U00010000-\U0010FFFF]'
        THEN json_build_array(t9.start, t9.end, left(t10.text, t9.end))
        ELSE json_build_array(NULL, NULL, substr(t10.text, t9.start + 1, greatest(t9.end - t9.start, 0))) END
      FROM article t10 WHERE t10.id = t9.article_id),(SELECT CASE WHEN t11.text ~ '[\U00010000-\U0010FFFF]'
        THEN json_build_array((CASE WHEN t11.sentence_bounds[t9.sentence_index * 2 + $40] IS NOT NULL AND t11.sentence_bounds[t9.sentence_index * 2 + $41] IS NOT NULL THEN t11.sentence_bounds[t9.sentence_index * 2 + $42] ELSE t9.start END), (CASE WHEN t11.sentence_bounds[t9.sentence_index * 2 + $43] IS NOT NULL AND t11.sentence_bounds[t9.sentence_index * 2 + $44] IS NOT NULL THEN t11.sentence_bounds[t9.sentence_index * 2 + $45] ELSE t9.end END), left(t11.text, (CASE WHEN t11.sentence_bounds[t9.sentence_index * 2 + $46] IS NOT NULL AND t11.sentence_bounds[t9.sentence_index * 2 + $47] IS NOT NULL THEN t11.sentence_bounds[t9.sentence_index * 2 + $48] ELSE t9.end END)))
        ELSE json_build_array(NULL, NULL, substr(t11.text, (CASE WHEN t11.sentence_bounds[t9.sentence_index * 2 + $49] IS NOT NULL AND t11.sentence_bounds[t9.sentence_index * 2 + $50] IS NOT NULL THEN t11.sentence_bounds[t9.sentence_index * 2 + $51] ELSE t9.start END) + 1, greatest((CASE WHEN t11.sentence_bounds[t9.sentence_index * 2 + $52] IS NOT NULL AND t11.sentence_bounds[t9.sentence_index * 2 + $53] IS NOT NULL THEN t11.sentence_bounds[t9.sentence_index * 2 + $54] ELSE t9.end END) - (CASE WHEN t11.sentence_bounds[t9.sentence_index * 2 + $55] IS NOT NULL AND t11.sentence_bounds[t9.sentence_index * 2 + $56] IS NOT NULL THEN t11.sentence_bounds[t9.sentence_index * 2 + $57] ELSE t9.start END), 0))) END
      FROM article t11 WHERE t11.id = t9.article_id))))
            ORDER BY t9.id DESC), '[]'::json)
          FROM (SELECT m.* FROM mention m
            WHERE m.entity_id = t8.id AND ($58::int IS NULL OR m.id < $59::int)
            ORDER BY m.id DESC LIMIT $60) t9)))
            ORDER BY t8.mention_count DESC, t8.id ASC), '[]'::json)
          FROM (SELECT e.* FROM entity e WHERE TRUE AND ((left(e.key, $61) = $62
        OR strpos(e.key, $63) > 0) OR EXISTS (
      SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id AND (left(a.key, $64) = $65
        OR strpos(a.key, $66) > 0)))
          ORDER BY e.mention_count DESC, e.id ASC LIMIT $67) t8)) AS data
-- values: [1,2,1,1,2,2,1,2,2,1,2,1,1,2,2,1,2,1,50,101,1,2,1,1,2,2,1,2,2,1,2,1,1,2,2,1,2,1,6,1,2,1,1,2,2,1,2,2,1,2,1,1,2,2,1,2,1,null,null,4,5,"envoy"," envoy",5,"envoy"," envoy",101]
