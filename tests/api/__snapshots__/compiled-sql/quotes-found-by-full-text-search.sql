-- quotes found by full-text search
SELECT ('{"quotes":'::text || ((SELECT ('{"totalCount":'::text || (coalesce(((SELECT count(*)::int FROM quote q WHERE TRUE AND to_tsvector('english', q.text) @@ websearch_to_tsquery('english', $1)))::int::text, 'null')) || ',"edges":'::text || ('[' || coalesce(t1.a0, '') || ']') || '}'::text) FROM (
      SELECT count(*) AS fetched, string_agg(('{"node":'::text || (('{"text":'::text || (coalesce(to_json((t0.text)::text)::text, 'null')) || '}'::text)) || '}'::text), ',' ORDER BY t0.page_rank)
          FILTER (WHERE t0.page_rank <= $2) AS a0
      FROM (SELECT t0.*, row_number() OVER (ORDER BY t0.id DESC) AS page_rank,
              count(*) OVER () AS page_fetched
            FROM (SELECT q.* FROM quote q WHERE TRUE AND to_tsvector('english', q.text) @@ websearch_to_tsquery('english', $3) 
      ORDER BY q.id DESC LIMIT $4 ) t0) t0) t1)) || '}'::text) AS data
-- values: ["sanctions OR weapons",20,"sanctions OR weapons",21]
