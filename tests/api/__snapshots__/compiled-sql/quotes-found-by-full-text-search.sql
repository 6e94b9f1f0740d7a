-- quotes found by full-text search
SELECT json_build_array((SELECT count(*)::int FROM quote q WHERE TRUE AND to_tsvector('english', q.text) @@ websearch_to_tsquery('english', $1)),(SELECT coalesce(json_agg(json_build_array(t0.id,json_build_array(t0.text))
            ORDER BY t0.id DESC), '[]'::json)
          FROM (SELECT q.* FROM quote q WHERE TRUE AND to_tsvector('english', q.text) @@ websearch_to_tsquery('english', $2) 
      ORDER BY q.id DESC LIMIT 21 ) t0)) AS data
-- values: ["sanctions OR weapons","sanctions OR weapons"]
