-- an empty page and a connection asked only for its count
SELECT ('{"none":'::text || ((SELECT ('{"totalCount":'::text || (coalesce(((SELECT count(*)::int FROM event e WHERE TRUE))::int::text, 'null')) || ',"pageInfo":'::text || (('{"hasNextPage":'::text || (CASE WHEN t1.fetched > $1 THEN 'true' ELSE 'false' END) || ',"endCursor":'::text || (coalesce(t1.a1, 'null')) || '}'::text)) || ',"edges":'::text || ('[' || coalesce(t1.a2, '') || ']') || '}'::text) FROM (
      SELECT count(*) AS fetched, (array_agg('"' || translate(encode(convert_to('GPC:N:'::text || (t0.id)::text, 'UTF8'), 'base64'), chr(10), '') || '"' ORDER BY t0.page_rank) FILTER (WHERE t0.page_rank <= $2))[1] AS a0,(array_agg('"' || translate(encode(convert_to('GPC:N:'::text || (t0.id)::text, 'UTF8'), 'base64'), chr(10), '') || '"' ORDER BY t0.page_rank DESC) FILTER (WHERE t0.page_rank <= $3))[1] AS a1,string_agg(('{"cursor":'::text || ('"' || translate(encode(convert_to('GPC:N:'::text || (t0.id)::text, 'UTF8'), 'base64'), chr(10), '') || '"') || '}'::text), ',' ORDER BY t0.page_rank)
          FILTER (WHERE t0.page_rank <= $4) AS a2
      FROM (SELECT t0.*, row_number() OVER (ORDER BY t0.date DESC NULLS LAST, t0.id DESC) AS page_rank,
              count(*) OVER () AS page_fetched
            FROM (SELECT e.* FROM event e WHERE TRUE
          ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT $5) t0) t0) t1)) || ',"counted":'::text || (('{"totalCount":'::text || (coalesce(((SELECT count(*)::int FROM event e WHERE TRUE))::int::text, 'null')) || '}'::text)) || '}'::text) AS data
-- values: [0,0,0,0,1]
