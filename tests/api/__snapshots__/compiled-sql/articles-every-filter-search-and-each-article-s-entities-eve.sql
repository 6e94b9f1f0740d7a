-- articles: every filter, search, and each article's entities, events, mentions and quotes
SELECT json_build_array((SELECT count(*)::int FROM article a WHERE TRUE),(SELECT coalesce(json_agg(json_build_array(t0.id,json_build_array(t0.id,t0.title,t0.published_at,t0.source,(SELECT coalesce(json_agg(json_build_array(t1.id,t1.name) ORDER BY t1.first_start, t1.first_id), '[]'::json)
      FROM (SELECT * FROM (SELECT e.*, f.start AS first_start, f.id AS first_id
            FROM (SELECT DISTINCT ON (m.entity_id) m.entity_id, m.start, m.id FROM mention m
              WHERE m.article_id = t0.id ORDER BY m.entity_id, m.start, m.id) f
            JOIN entity e ON e.id = f.entity_id) t1 ORDER BY t1.first_start, t1.first_id LIMIT 60) t1),(SELECT coalesce(json_agg(json_build_array(t2.code,(SELECT coalesce(json_agg(json_build_array(t3.role,(SELECT json_build_array(t4.name) FROM entity t4
      WHERE t4.id = t3.entity_id)) ORDER BY t3.role, t3.id), '[]'::json)
      FROM (SELECT * FROM event_participant t3 WHERE t3.event_id = t2.id ORDER BY t3.role, t3.id LIMIT 10) t3)) ORDER BY t2.first_start, t2.first_id), '[]'::json)
      FROM (SELECT * FROM (SELECT e.*, f.start AS first_start, f.id AS first_id
            FROM (SELECT DISTINCT ON (r.event_id) r.event_id, r.start, r.id FROM event_mention r
              WHERE r.article_id = t0.id ORDER BY r.event_id, r.start, r.id) f
            JOIN event e ON e.id = f.event_id) t2 ORDER BY t2.first_start, t2.first_id LIMIT 30) t2),(SELECT count(*)::int FROM mention x WHERE x.article_id = t0.id),(SELECT coalesce(json_agg(json_build_array(t5.id,json_build_array(t5.text,t5.start))
            ORDER BY t5.start, t5.id), '[]'::json)
          FROM (SELECT x.* FROM mention x WHERE x.article_id = t0.id
            ORDER BY x.start, x.id LIMIT 4) t5),(SELECT coalesce(json_agg(json_build_array(t6.id,json_build_array(t6.id,t6.start))
            ORDER BY t6.start, t6.id), '[]'::json)
          FROM (SELECT x.* FROM mention x, (SELECT c.start, c.id FROM mention c
              WHERE c.id = 4) c
            WHERE x.article_id = t0.id AND (x.start, x.id) >= (c.start, c.id)
            ORDER BY x.start, x.id LIMIT 3 OFFSET 1) t6),(SELECT count(*)::int FROM quote x WHERE x.article_id = t0.id),(SELECT coalesce(json_agg(json_build_array(t7.id,json_build_array(t7.text))
            ORDER BY t7.start, t7.id), '[]'::json)
          FROM (SELECT x.* FROM quote x WHERE x.article_id = t0.id
            ORDER BY x.start DESC, x.id DESC LIMIT 3) t7)))
            ORDER BY t0.published_at DESC NULLS LAST, t0.id DESC), '[]'::json)
          FROM (SELECT a.* FROM article a WHERE TRUE
          ORDER BY a.published_at DESC NULLS LAST, a.id DESC LIMIT 7) t0),(SELECT count(*)::int FROM article a WHERE TRUE AND to_tsvector('english', a.title || ' ' || a.body)
      @@ websearch_to_tsquery('english', $1)),(SELECT coalesce(json_agg(json_build_array(t8.id,json_build_array(t8.title))
            ORDER BY t8.published_at DESC NULLS LAST, t8.id DESC), '[]'::json)
          FROM (SELECT a.* FROM article a WHERE TRUE AND to_tsvector('english', a.title || ' ' || a.body)
      @@ websearch_to_tsquery('english', $2)
          ORDER BY a.published_at DESC NULLS LAST, a.id DESC LIMIT 21) t8),(SELECT count(*)::int FROM article a WHERE TRUE AND a.published_at >= $3::date AND a.published_at <= $4::date AND a.source ILIKE $5),(SELECT coalesce(json_agg(json_build_array(t9.id,json_build_array(t9.title,t9.source))
            ORDER BY t9.published_at DESC NULLS LAST, t9.id DESC), '[]'::json)
          FROM (SELECT a.* FROM article a WHERE TRUE AND a.published_at >= $6::date AND a.published_at <= $7::date AND a.source ILIKE $8
          ORDER BY a.published_at DESC NULLS LAST, a.id DESC LIMIT 4) t9),(SELECT count(*)::int FROM article a WHERE TRUE AND EXISTS (SELECT 1 FROM mention m
      WHERE m.article_id = a.id AND m.entity_id = 1)),(SELECT coalesce(json_agg(json_build_array(t10.id,json_build_array(t10.id))
            ORDER BY t10.published_at DESC NULLS LAST, t10.id DESC), '[]'::json)
          FROM (SELECT a.* FROM article a WHERE TRUE AND EXISTS (SELECT 1 FROM mention m
      WHERE m.article_id = a.id AND m.entity_id = 1)
          ORDER BY a.published_at DESC NULLS LAST, a.id DESC LIMIT 5) t10),(SELECT coalesce(json_agg(json_build_array(t11.id,json_build_array(t11.id,t11.published_at))
            ORDER BY t11.published_at DESC NULLS LAST, t11.id DESC), '[]'::json)
          FROM (SELECT a.* FROM article a WHERE TRUE
          ORDER BY a.published_at ASC NULLS FIRST, a.id ASC LIMIT 4) t11),(SELECT coalesce(json_agg(json_build_array(t12.id,json_build_array(t12.id))
            ORDER BY t12.published_at DESC NULLS LAST, t12.id DESC), '[]'::json)
          FROM (SELECT e.* FROM (SELECT a.* FROM article a WHERE TRUE) e,
            (SELECT a.id, a.published_at FROM article a WHERE a.id = 3 AND TRUE) c
          WHERE CASE
    WHEN c.published_at IS NULL THEN e.published_at IS NULL AND e.id < c.id
    ELSE e.published_at < c.published_at OR (e.published_at = c.published_at AND e.id < c.id) OR e.published_at IS NULL END
          ORDER BY e.published_at DESC NULLS LAST, e.id DESC LIMIT 3) t12)) AS data
-- values: ["tillerson OR sanctions","tillerson OR sanctions","2017-01-01","2030-01-01","reuters","2017-01-01","2030-01-01","reuters"]
