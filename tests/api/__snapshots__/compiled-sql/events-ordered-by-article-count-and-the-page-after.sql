-- events ordered by article count, and the page after
SELECT json_build_array((SELECT count(*)::int FROM event e WHERE TRUE),(SELECT coalesce(json_agg(json_build_array(t0.id,json_build_array(t0.id,(SELECT json_build_array(s.articles, s.sources, s.first, s.last) FROM (
        SELECT count(DISTINCT a.id)::int AS articles,
  count(DISTINCT COALESCE(lower(btrim(a.source)), '#' || a.id))::int AS sources,
  to_char(min(COALESCE(a.published_at, a.ingested_at::date)), 'YYYY-MM-DD') AS first,
  to_char(max(COALESCE(a.published_at, a.ingested_at::date)), 'YYYY-MM-DD') AS last FROM event_article r JOIN article a ON a.id = r.article_id
        WHERE r.event_id = t0.id) s)))
            ORDER BY t0.page_pos), '[]'::json)
          FROM (WITH ranked AS (SELECT e.id,
      row_number() OVER (ORDER BY count(m.article_id) DESC, e.id DESC) AS pos
    FROM event e LEFT JOIN event_article m ON m.event_id = e.id
    WHERE TRUE
    GROUP BY e.id)
        SELECT e.*, r.pos AS page_pos FROM ranked r JOIN event e ON e.id = r.id
        
        ORDER BY r.pos  LIMIT 6) t0),(SELECT coalesce(json_agg(json_build_array(t1.id,json_build_array(t1.id,t1.code,(SELECT json_build_array(s.articles, s.sources, s.first, s.last) FROM (
        SELECT count(DISTINCT a.id)::int AS articles,
  count(DISTINCT COALESCE(lower(btrim(a.source)), '#' || a.id))::int AS sources,
  to_char(min(COALESCE(a.published_at, a.ingested_at::date)), 'YYYY-MM-DD') AS first,
  to_char(max(COALESCE(a.published_at, a.ingested_at::date)), 'YYYY-MM-DD') AS last FROM event_article r JOIN article a ON a.id = r.article_id
        WHERE r.event_id = t1.id) s)))
            ORDER BY t1.page_pos), '[]'::json)
          FROM (WITH ranked AS (SELECT e.id,
      row_number() OVER (ORDER BY count(m.article_id) DESC, e.id DESC) AS pos
    FROM event e LEFT JOIN event_article m ON m.event_id = e.id
    WHERE TRUE AND e.code = ANY($1::text[])
    GROUP BY e.id)
        SELECT e.*, r.pos AS page_pos FROM ranked r JOIN event e ON e.id = r.id
        WHERE r.pos > (SELECT c.pos FROM ranked c WHERE c.id = 13)
        ORDER BY r.pos  LIMIT 5) t1)) AS data
-- values: [["04"]]
