-- participants' own quotes and events, by role, with child cursors
SELECT ('{"events":'::text || ((SELECT ('{"edges":'::text || ('[' || coalesce(t1.a0, '') || ']') || '}'::text) FROM (
      SELECT count(*) AS fetched, string_agg(('{"node":'::text || (('{"participants":'::text || ((SELECT coalesce('[' || string_agg(('{"entity":'::text || (coalesce((SELECT ('{"name":'::text || (coalesce(to_json((t3.name)::text)::text, 'null')) || ',"quotes":'::text || ((SELECT ('{"totalCount":'::text || (coalesce(((SELECT count(*)::int FROM quote q WHERE q.speaker_id = t3.id))::int::text, 'null')) || ',"pageInfo":'::text || (('{"hasNextPage":'::text || (CASE WHEN t5.fetched > $1 THEN 'true' ELSE 'false' END) || ',"hasPreviousPage":'::text || ('false'::text) || ',"endCursor":'::text || (coalesce(t5.a1, 'null')) || '}'::text)) || ',"edges":'::text || ('[' || coalesce(t5.a2, '') || ']') || '}'::text) FROM (
      SELECT count(*) AS fetched, (array_agg('"' || rtrim(translate(translate(encode(convert_to('child:'::text || (t4.id)::text, 'UTF8'), 'base64'), chr(10), ''), '+/', '-_'), '=') || '"' ORDER BY t4.page_rank) FILTER (WHERE t4.page_rank <= $2))[1] AS a0,(array_agg('"' || rtrim(translate(translate(encode(convert_to('child:'::text || (t4.id)::text, 'UTF8'), 'base64'), chr(10), ''), '+/', '-_'), '=') || '"' ORDER BY t4.page_rank DESC) FILTER (WHERE t4.page_rank <= $3))[1] AS a1,string_agg(('{"cursor":'::text || ('"' || rtrim(translate(translate(encode(convert_to('child:'::text || (t4.id)::text, 'UTF8'), 'base64'), chr(10), ''), '+/', '-_'), '=') || '"') || ',"node":'::text || (('{"text":'::text || (coalesce(to_json((t4.text)::text)::text, 'null')) || '}'::text)) || '}'::text), ',' ORDER BY t4.page_rank)
          FILTER (WHERE t4.page_rank <= $4) AS a2
      FROM (SELECT t4.*, row_number() OVER (ORDER BY t4.id DESC) AS page_rank,
              count(*) OVER () AS page_fetched
            FROM (SELECT q.* FROM quote q
            WHERE q.speaker_id = t3.id AND ($5::int IS NULL OR q.id < $6::int)
            ORDER BY q.id DESC LIMIT $7) t4) t4) t5)) || ',"asActor":'::text || ((SELECT ('{"totalCount":'::text || (coalesce(((SELECT count(DISTINCT x.event_id)::int FROM (SELECT p.event_id FROM event_participant p
          WHERE p.entity_id = t3.id
            AND ($8::"ParticipantRole" IS NULL OR p.role = $9::"ParticipantRole")) x))::int::text, 'null')) || ',"edges":'::text || ('[' || coalesce(t7.a0, '') || ']') || '}'::text) FROM (
      SELECT count(*) AS fetched, string_agg(('{"cursor":'::text || ('"' || rtrim(translate(translate(encode(convert_to('child:'::text || (t6.id)::text, 'UTF8'), 'base64'), chr(10), ''), '+/', '-_'), '=') || '"') || ',"node":'::text || (('{"id":'::text || (coalesce('"' || translate(encode(convert_to('Event:'::text || (t6.id)::text, 'UTF8'), 'base64'), chr(10), '') || '"', 'null')) || ',"label":'::text || (coalesce(CASE (t6.code)::text WHEN '10'::text THEN '"10 DEMAND"'::text WHEN '11'::text THEN '"11 DISAPPROVE"'::text WHEN '12'::text THEN '"12 REJECT"'::text WHEN '13'::text THEN '"13 THREATEN"'::text WHEN '14'::text THEN '"14 PROTEST"'::text WHEN '15'::text THEN '"15 EXHIBIT FORCE POSTURE"'::text WHEN '16'::text THEN '"16 REDUCE RELATIONS"'::text WHEN '17'::text THEN '"17 COERCE"'::text WHEN '18'::text THEN '"18 ASSAULT"'::text WHEN '19'::text THEN '"19 FIGHT"'::text WHEN '20'::text THEN '"20 USE UNCONVENTIONAL MASS VIOLENCE"'::text WHEN '00'::text THEN '"00 OTHER"'::text WHEN '01'::text THEN '"01 MAKE PUBLIC STATEMENT"'::text WHEN '02'::text THEN '"02 APPEAL"'::text WHEN '03'::text THEN '"03 EXPRESS INTENT TO COOPERATE"'::text WHEN '04'::text THEN '"04 CONSULT"'::text WHEN '05'::text THEN '"05 ENGAGE IN DIPLOMATIC COOPERATION"'::text WHEN '06'::text THEN '"06 ENGAGE IN MATERIAL COOPERATION"'::text WHEN '07'::text THEN '"07 PROVIDE AID"'::text WHEN '08'::text THEN '"08 YIELD"'::text WHEN '09'::text THEN '"09 INVESTIGATE"'::text END, 'null')) || '}'::text)) || '}'::text), ',' ORDER BY t6.page_rank)
          FILTER (WHERE t6.page_rank <= $10) AS a0
      FROM (SELECT t6.*, row_number() OVER (ORDER BY t6.id DESC) AS page_rank,
              count(*) OVER () AS page_fetched
            FROM (SELECT e.* FROM (
              SELECT DISTINCT x.event_id FROM (SELECT p.event_id FROM event_participant p
          WHERE p.entity_id = t3.id
            AND ($11::"ParticipantRole" IS NULL OR p.role = $12::"ParticipantRole")) x
              WHERE ($13::int IS NULL OR x.event_id < $14::int)
              ORDER BY x.event_id DESC LIMIT $15) page
            JOIN event e ON e.id = page.event_id) t6) t6) t7)) || ',"events":'::text || (('{"totalCount":'::text || (coalesce(((SELECT count(DISTINCT x.event_id)::int FROM (SELECT p.event_id FROM event_participant p
          WHERE p.entity_id = t3.id
            AND ($16::"ParticipantRole" IS NULL OR p.role = $17::"ParticipantRole")) x))::int::text, 'null')) || '}'::text)) || '}'::text) FROM entity t3
      WHERE t3.id = t2.entity_id), 'null')) || '}'::text), ',' ORDER BY t2.role, t2.id) || ']', '[]')
    FROM (SELECT * FROM event_participant t2 WHERE t2.event_id = t0.id ORDER BY t2.role, t2.id LIMIT $18) t2)) || '}'::text)) || '}'::text), ',' ORDER BY t0.page_rank)
          FILTER (WHERE t0.page_rank <= $19) AS a0
      FROM (SELECT t0.*, row_number() OVER (ORDER BY t0.date DESC NULLS LAST, t0.id DESC) AS page_rank,
              count(*) OVER () AS page_fetched
            FROM (SELECT e.* FROM event e WHERE TRUE
          ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT $20) t0) t0) t1)) || '}'::text) AS data
-- values: [2,2,2,2,null,null,3,"ACTOR","ACTOR",3,"ACTOR","ACTOR",null,null,4,null,null,10,12,13]
