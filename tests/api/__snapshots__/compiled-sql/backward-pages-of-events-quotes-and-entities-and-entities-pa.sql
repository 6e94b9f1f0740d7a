-- backward pages of events, quotes and entities, and entities past a cursor
SELECT json_build_array((SELECT coalesce(json_agg(json_build_array(t0.id,json_build_array(t0.id,t0.date))
            ORDER BY t0.date DESC NULLS LAST, t0.id DESC), '[]'::json)
          FROM (SELECT e.* FROM event e WHERE TRUE
          ORDER BY e.date ASC NULLS FIRST, e.id ASC LIMIT 5) t0),(SELECT coalesce(json_agg(json_build_array(t1.id,json_build_array(t1.id,t1.date))
            ORDER BY t1.date ASC NULLS LAST, t1.id ASC), '[]'::json)
          FROM (SELECT e.* FROM event e, (SELECT e.id, e.date FROM event e
            WHERE e.id = 13 AND TRUE) c
          WHERE TRUE AND CASE
    WHEN c.date IS NULL THEN e.date IS NOT NULL OR e.id < c.id
    ELSE e.date < c.date OR (e.date = c.date AND e.id < c.id) END
          ORDER BY e.date DESC NULLS FIRST, e.id DESC LIMIT 4) t1),(SELECT coalesce(json_agg(json_build_array(t2.id,json_build_array(t2.id,(SELECT json_build_array(s.articles, s.sources, s.first, s.last) FROM (
        SELECT count(DISTINCT a.id)::int AS articles,
  count(DISTINCT COALESCE(lower(btrim(a.source)), '#' || a.id))::int AS sources,
  to_char(min(COALESCE(a.published_at, a.ingested_at::date)), 'YYYY-MM-DD') AS first,
  to_char(max(COALESCE(a.published_at, a.ingested_at::date)), 'YYYY-MM-DD') AS last FROM event_article r JOIN article a ON a.id = r.article_id
        WHERE r.event_id = t2.id) s)))
            ORDER BY t2.page_pos), '[]'::json)
          FROM (WITH ranked AS (SELECT e.id,
      row_number() OVER (ORDER BY count(m.article_id) DESC, e.id DESC) AS pos
    FROM event e LEFT JOIN event_article m ON m.event_id = e.id
    WHERE TRUE
    GROUP BY e.id)
        SELECT e.*, r.pos AS page_pos FROM ranked r JOIN event e ON e.id = r.id
        
        ORDER BY r.pos DESC LIMIT 3) t2),(SELECT coalesce(json_agg(json_build_array(t3.id,json_build_array(t3.id))
            ORDER BY t3.page_pos), '[]'::json)
          FROM (WITH ranked AS (SELECT e.id,
      row_number() OVER (ORDER BY count(m.article_id) DESC, e.id DESC) AS pos
    FROM event e LEFT JOIN event_article m ON m.event_id = e.id
    WHERE TRUE
    GROUP BY e.id)
        SELECT e.*, r.pos AS page_pos FROM ranked r JOIN event e ON e.id = r.id
        WHERE r.pos < (SELECT c.pos FROM ranked c WHERE c.id = 5)
        ORDER BY r.pos DESC LIMIT 3) t3),(SELECT count(*)::int FROM quote q WHERE TRUE),(SELECT coalesce(json_agg(json_build_array(t4.id,json_build_array(t4.id))
            ORDER BY t4.id DESC), '[]'::json)
          FROM (SELECT q.* FROM quote q WHERE TRUE AND q.id >= (SELECT c.id FROM quote c WHERE c.id = 5)
      ORDER BY q.id ASC LIMIT 4 OFFSET 1) t4),(SELECT coalesce(json_agg(json_build_array(t5.id,json_build_array(t5.name,t5.mention_count))
            ORDER BY t5.mention_count DESC, t5.id ASC), '[]'::json)
          FROM (SELECT e.* FROM entity e WHERE TRUE
          ORDER BY e.mention_count ASC, e.id DESC LIMIT 4) t5),(SELECT coalesce(json_agg(json_build_array(t6.id,json_build_array(t6.id))
            ORDER BY t6.mention_count DESC, t6.id ASC), '[]'::json)
          FROM (SELECT e.* FROM entity e,
            (SELECT id, name, mention_count FROM entity WHERE id = 3) c
          WHERE (TRUE) AND ((e.mention_count = c.mention_count AND e.id >= c.id)
        OR e.mention_count < c.mention_count)
          ORDER BY e.mention_count DESC, e.id ASC LIMIT 4 OFFSET 1) t6),(SELECT coalesce(json_agg(json_build_array(t7.id,json_build_array(t7.name))
            ORDER BY t7.name ASC, t7.id ASC), '[]'::json)
          FROM (SELECT e.* FROM entity e,
            (SELECT id, name, mention_count FROM entity WHERE id = 9) c
          WHERE (TRUE) AND ((e.name = c.name AND e.id <= c.id) OR e.name < c.name)
          ORDER BY e.name DESC, e.id DESC LIMIT 3 OFFSET 1) t7),(SELECT coalesce(json_agg(json_build_array(t8.id,json_build_array(t8.name))
            ORDER BY t8.name ASC, t8.id ASC), '[]'::json)
          FROM (SELECT e.* FROM entity e,
            (SELECT id, name, mention_count FROM entity WHERE id = 9) c
          WHERE (TRUE AND e.type::text = $1) AND ((e.name = c.name AND e.id >= c.id) OR e.name > c.name)
          ORDER BY e.name ASC, e.id ASC LIMIT 3 OFFSET 1) t8)) AS data
-- values: ["PERSON"]
