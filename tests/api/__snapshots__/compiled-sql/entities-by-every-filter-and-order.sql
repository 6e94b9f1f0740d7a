-- entities by every filter and order
SELECT ('{"busiest":'::text || ((SELECT ('{"totalCount":'::text || (coalesce(((SELECT count(*)::int FROM entity e WHERE TRUE))::int::text, 'null')) || ',"edges":'::text || ('[' || coalesce(t1.a0, '') || ']') || '}'::text) FROM (
      SELECT count(*) AS fetched, string_agg(('{"cursor":'::text || ('"' || translate(encode(convert_to('GPC:N:'::text || (t0.id)::text, 'UTF8'), 'base64'), chr(10), '') || '"') || ',"node":'::text || (('{"id":'::text || (coalesce('"' || translate(encode(convert_to('Entity:'::text || (t0.id)::text, 'UTF8'), 'base64'), chr(10), '') || '"', 'null')) || ',"name":'::text || (coalesce(to_json((t0.name)::text)::text, 'null')) || ',"type":'::text || (coalesce('"' || (t0.type)::text || '"', 'null')) || ',"mentionCount":'::text || (coalesce((t0.mention_count)::int::text, 'null')) || '}'::text)) || '}'::text), ',' ORDER BY t0.page_rank)
          FILTER (WHERE t0.page_rank <= $1) AS a0
      FROM (SELECT t0.*, row_number() OVER (ORDER BY t0.mention_count DESC, t0.id ASC) AS page_rank,
              count(*) OVER () AS page_fetched
            FROM (SELECT e.* FROM entity e WHERE TRUE
          ORDER BY e.mention_count DESC, e.id ASC LIMIT $2) t0) t0) t1)) || ',"byName":'::text || ((SELECT ('{"pageInfo":'::text || (('{"hasNextPage":'::text || (CASE WHEN t3.fetched > $3 THEN 'true' ELSE 'false' END) || ',"endCursor":'::text || (coalesce(t3.a1, 'null')) || '}'::text)) || ',"edges":'::text || ('[' || coalesce(t3.a2, '') || ']') || '}'::text) FROM (
      SELECT count(*) AS fetched, (array_agg('"' || translate(encode(convert_to('GPC:N:'::text || (t2.id)::text, 'UTF8'), 'base64'), chr(10), '') || '"' ORDER BY t2.page_rank) FILTER (WHERE t2.page_rank <= $4))[1] AS a0,(array_agg('"' || translate(encode(convert_to('GPC:N:'::text || (t2.id)::text, 'UTF8'), 'base64'), chr(10), '') || '"' ORDER BY t2.page_rank DESC) FILTER (WHERE t2.page_rank <= $5))[1] AS a1,string_agg(('{"node":'::text || (('{"name":'::text || (coalesce(to_json((t2.name)::text)::text, 'null')) || '}'::text)) || '}'::text), ',' ORDER BY t2.page_rank)
          FILTER (WHERE t2.page_rank <= $6) AS a2
      FROM (SELECT t2.*, row_number() OVER (ORDER BY t2.name ASC, t2.id ASC) AS page_rank,
              count(*) OVER () AS page_fetched
            FROM (SELECT e.* FROM entity e WHERE TRUE
          ORDER BY e.name ASC, e.id ASC LIMIT $7) t2) t2) t3)) || ',"people":'::text || ((SELECT ('{"totalCount":'::text || (coalesce(((SELECT count(*)::int FROM entity e WHERE TRUE AND e.type::text = $8))::int::text, 'null')) || ',"edges":'::text || ('[' || coalesce(t5.a0, '') || ']') || '}'::text) FROM (
      SELECT count(*) AS fetched, string_agg(('{"node":'::text || (('{"name":'::text || (coalesce(to_json((t4.name)::text)::text, 'null')) || ',"aliases":'::text || (CASE WHEN ((SELECT coalesce(json_agg(a.alias ORDER BY a.id), '[]'::json)
              FROM (SELECT a.alias, a.id FROM entity_alias a WHERE a.entity_id = t4.id
                ORDER BY a.id LIMIT $9) a)) IS NULL THEN 'null' ELSE (SELECT coalesce('[' || string_agg(coalesce(to_json((t6.x)::text)::text, 'null'), ',' ORDER BY t6.o) || ']', '[]')
    FROM json_array_elements_text(to_json((SELECT coalesce(json_agg(a.alias ORDER BY a.id), '[]'::json)
              FROM (SELECT a.alias, a.id FROM entity_alias a WHERE a.entity_id = t4.id
                ORDER BY a.id LIMIT $10) a))) WITH ORDINALITY AS t6(x, o)) END) || '}'::text)) || '}'::text), ',' ORDER BY t4.page_rank)
          FILTER (WHERE t4.page_rank <= $11) AS a0
      FROM (SELECT t4.*, row_number() OVER (ORDER BY t4.mention_count DESC, t4.id ASC) AS page_rank,
              count(*) OVER () AS page_fetched
            FROM (SELECT e.* FROM entity e WHERE TRUE AND e.type::text = $12
          ORDER BY e.mention_count DESC, e.id ASC LIMIT $13) t4) t4) t5)) || ',"found":'::text || ((SELECT ('{"totalCount":'::text || (coalesce(((SELECT count(*)::int FROM entity e WHERE TRUE AND ((left(e.key, $14) = $15
        OR strpos(e.key, $16) > 0) OR EXISTS (
      SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id AND (left(a.key, $17) = $18
        OR strpos(a.key, $19) > 0)))))::int::text, 'null')) || ',"edges":'::text || ('[' || coalesce(t8.a0, '') || ']') || '}'::text) FROM (
      SELECT count(*) AS fetched, string_agg(('{"node":'::text || (('{"name":'::text || (coalesce(to_json((t7.name)::text)::text, 'null')) || '}'::text)) || '}'::text), ',' ORDER BY t7.page_rank)
          FILTER (WHERE t7.page_rank <= $20) AS a0
      FROM (SELECT t7.*, row_number() OVER (ORDER BY t7.mention_count DESC, t7.id ASC) AS page_rank,
              count(*) OVER () AS page_fetched
            FROM (SELECT e.* FROM entity e WHERE TRUE AND ((left(e.key, $21) = $22
        OR strpos(e.key, $23) > 0) OR EXISTS (
      SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id AND (left(a.key, $24) = $25
        OR strpos(a.key, $26) > 0)))
          ORDER BY e.mention_count DESC, e.id ASC LIMIT $27) t7) t7) t8)) || ',"placesByName":'::text || ((SELECT ('{"totalCount":'::text || (coalesce(((SELECT count(*)::int FROM entity e WHERE TRUE AND e.type::text = $28 AND ((left(e.key, $29) = $30
        OR strpos(e.key, $31) > 0) OR EXISTS (
      SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id AND (left(a.key, $32) = $33
        OR strpos(a.key, $34) > 0)))))::int::text, 'null')) || ',"edges":'::text || ('[' || coalesce(t10.a0, '') || ']') || '}'::text) FROM (
      SELECT count(*) AS fetched, string_agg(('{"node":'::text || (('{"name":'::text || (coalesce(to_json((t9.name)::text)::text, 'null')) || ',"mentions":'::text || ((SELECT ('{"totalCount":'::text || (coalesce((t9.mention_count)::int::text, 'null')) || ',"edges":'::text || ('[' || coalesce(t12.a0, '') || ']') || '}'::text) FROM (
      SELECT count(*) AS fetched, string_agg(('{"node":'::text || (('{"text":'::text || (coalesce(to_json((t11.text)::text)::text, 'null')) || ',"start":'::text || (coalesce((t11.start)::int::text, 'null')) || ',"end":'::text || (coalesce((t11.end)::int::text, 'null')) || '}'::text)) || '}'::text), ',' ORDER BY t11.page_rank)
          FILTER (WHERE t11.page_rank <= $35) AS a0
      FROM (SELECT t11.*, row_number() OVER (ORDER BY t11.id DESC) AS page_rank,
              count(*) OVER () AS page_fetched
            FROM (SELECT m.* FROM mention m
            WHERE m.entity_id = t9.id AND ($36::int IS NULL OR m.id < $37::int)
            ORDER BY m.id DESC LIMIT $38) t11) t11) t12)) || '}'::text)) || '}'::text), ',' ORDER BY t9.page_rank)
          FILTER (WHERE t9.page_rank <= $39) AS a0
      FROM (SELECT t9.*, row_number() OVER (ORDER BY t9.name ASC, t9.id ASC) AS page_rank,
              count(*) OVER () AS page_fetched
            FROM (SELECT e.* FROM entity e WHERE TRUE AND e.type::text = $40 AND ((left(e.key, $41) = $42
        OR strpos(e.key, $43) > 0) OR EXISTS (
      SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id AND (left(a.key, $44) = $45
        OR strpos(a.key, $46) > 0)))
          ORDER BY e.name ASC, e.id ASC LIMIT $47) t9) t9) t10)) || '}'::text) AS data
-- values: [10,11,7,7,7,7,8,"PERSON",20,20,5,"PERSON",6,4,"till"," till",4,"till"," till",20,4,"till"," till",4,"till"," till",21,"LOCATION",3,"mos"," mos",3,"mos"," mos",2,null,null,3,3,"LOCATION",3,"mos"," mos",3,"mos"," mos",4]
