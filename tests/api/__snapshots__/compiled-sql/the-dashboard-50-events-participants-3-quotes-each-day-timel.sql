-- the dashboard (50 events, participants, 3 quotes each, day timeline)
SELECT ('{"events":'::text || ((SELECT ('{"edges":'::text || ('[' || coalesce(t1.a0, '') || ']') || '}'::text) FROM (
      SELECT count(*) AS fetched, string_agg(('{"node":'::text || (('{"id":'::text || (coalesce('"' || translate(encode(convert_to('Event:'::text || (t0.id)::text, 'UTF8'), 'base64'), chr(10), '') || '"', 'null')) || ',"label":'::text || (coalesce(CASE (t0.code)::text WHEN '10'::text THEN '"10 DEMAND"'::text WHEN '11'::text THEN '"11 DISAPPROVE"'::text WHEN '12'::text THEN '"12 REJECT"'::text WHEN '13'::text THEN '"13 THREATEN"'::text WHEN '14'::text THEN '"14 PROTEST"'::text WHEN '15'::text THEN '"15 EXHIBIT FORCE POSTURE"'::text WHEN '16'::text THEN '"16 REDUCE RELATIONS"'::text WHEN '17'::text THEN '"17 COERCE"'::text WHEN '18'::text THEN '"18 ASSAULT"'::text WHEN '19'::text THEN '"19 FIGHT"'::text WHEN '20'::text THEN '"20 USE UNCONVENTIONAL MASS VIOLENCE"'::text WHEN '00'::text THEN '"00 OTHER"'::text WHEN '01'::text THEN '"01 MAKE PUBLIC STATEMENT"'::text WHEN '02'::text THEN '"02 APPEAL"'::text WHEN '03'::text THEN '"03 EXPRESS INTENT TO COOPERATE"'::text WHEN '04'::text THEN '"04 CONSULT"'::text WHEN '05'::text THEN '"05 ENGAGE IN DIPLOMATIC COOPERATION"'::text WHEN '06'::text THEN '"06 ENGAGE IN MATERIAL COOPERATION"'::text WHEN '07'::text THEN '"07 PROVIDE AID"'::text WHEN '08'::text THEN '"08 YIELD"'::text WHEN '09'::text THEN '"09 INVESTIGATE"'::text END, 'null')) || ',"date":'::text || (coalesce('"' || to_char((t0.date)::date, 'YYYY-MM-DD') || '"', 'null')) || ',"datePrecision":'::text || (coalesce('"' || (t0.date_precision)::text || '"', 'null')) || ',"location":'::text || (coalesce((SELECT ('{"name":'::text || (coalesce(to_json((t2.name)::text)::text, 'null')) || '}'::text) FROM entity t2
      WHERE t2.id = t0.location_id), 'null')) || ',"participants":'::text || ((SELECT coalesce('[' || string_agg(('{"role":'::text || (coalesce('"' || (t3.role)::text || '"', 'null')) || ',"entity":'::text || (coalesce((SELECT ('{"id":'::text || (coalesce('"' || translate(encode(convert_to('Entity:'::text || (t4.id)::text, 'UTF8'), 'base64'), chr(10), '') || '"', 'null')) || ',"name":'::text || (coalesce(to_json((t4.name)::text)::text, 'null')) || ',"type":'::text || (coalesce('"' || (t4.type)::text || '"', 'null')) || '}'::text) FROM entity t4
      WHERE t4.id = t3.entity_id), 'null')) || '}'::text), ',' ORDER BY t3.role, t3.id) || ']', '[]')
    FROM (SELECT * FROM event_participant t3 WHERE t3.event_id = t0.id ORDER BY t3.role, t3.id LIMIT $1) t3)) || ',"quotes":'::text || ((SELECT ('{"edges":'::text || ('[' || coalesce(t6.a0, '') || ']') || '}'::text) FROM (
      SELECT count(*) AS fetched, string_agg(('{"node":'::text || (('{"text":'::text || (coalesce(to_json((t5.text)::text)::text, 'null')) || ',"speaker":'::text || (coalesce((SELECT ('{"name":'::text || (coalesce(to_json((t7.name)::text)::text, 'null')) || '}'::text) FROM entity t7
      WHERE t7.id = t5.speaker_id), 'null')) || '}'::text)) || '}'::text), ',' ORDER BY t5.page_rank)
          FILTER (WHERE t5.page_rank <= $2) AS a0
      FROM (SELECT t5.*, row_number() OVER (ORDER BY t5.id DESC) AS page_rank,
              count(*) OVER () AS page_fetched
            FROM (SELECT q.* FROM quote q
            WHERE q.id IN (SELECT l.quote_id FROM quote_event l WHERE l.event_id = t0.id)
              AND ($3::int IS NULL OR q.id < $4::int)
            ORDER BY q.id DESC LIMIT $5) t5) t5) t6)) || '}'::text)) || '}'::text), ',' ORDER BY t0.page_rank)
          FILTER (WHERE t0.page_rank <= $6) AS a0
      FROM (SELECT t0.*, row_number() OVER (ORDER BY t0.date DESC NULLS LAST, t0.id DESC) AS page_rank,
              count(*) OVER () AS page_fetched
            FROM (SELECT e.* FROM event e WHERE TRUE
          ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT $7) t0) t0) t1)) || ',"eventTimeline":'::text || ((SELECT coalesce('[' || string_agg(('{"bucket":'::text || (coalesce('"' || to_char((t8.bucket)::date, 'YYYY-MM-DD') || '"', 'null')) || ',"total":'::text || (coalesce((t8.total)::int::text, 'null')) || ',"byType":'::text || ((SELECT coalesce('[' || string_agg(('{"type":'::text || (coalesce(CASE (t9.code)::text WHEN '02'::text THEN '"APPEAL"'::text WHEN '18'::text THEN '"ASSAULT"'::text WHEN '17'::text THEN '"COERCE"'::text WHEN '04'::text THEN '"CONSULT"'::text WHEN '10'::text THEN '"DEMAND"'::text WHEN '11'::text THEN '"DISAPPROVE"'::text WHEN '05'::text THEN '"ENGAGE_IN_DIPLOMATIC_COOPERATION"'::text WHEN '06'::text THEN '"ENGAGE_IN_MATERIAL_COOPERATION"'::text WHEN '15'::text THEN '"EXHIBIT_FORCE_POSTURE"'::text WHEN '03'::text THEN '"EXPRESS_INTENT_TO_COOPERATE"'::text WHEN '19'::text THEN '"FIGHT"'::text WHEN '09'::text THEN '"INVESTIGATE"'::text WHEN '01'::text THEN '"MAKE_PUBLIC_STATEMENT"'::text WHEN '00'::text THEN '"OTHER"'::text WHEN '14'::text THEN '"PROTEST"'::text WHEN '07'::text THEN '"PROVIDE_AID"'::text WHEN '16'::text THEN '"REDUCE_RELATIONS"'::text WHEN '12'::text THEN '"REJECT"'::text WHEN '13'::text THEN '"THREATEN"'::text WHEN '20'::text THEN '"USE_UNCONVENTIONAL_MASS_VIOLENCE"'::text WHEN '08'::text THEN '"YIELD"'::text END, 'null')) || ',"count":'::text || (coalesce((t9.count)::int::text, 'null')) || '}'::text), ',' ORDER BY t9.ord) || ']', '[]')
    FROM unnest(t8.codes, t8.counts)
                WITH ORDINALITY AS t9(code, count, ord))) || '}'::text), ',' ORDER BY t8.bucket) || ']', '[]')
    FROM (
    SELECT * FROM (
      SELECT bucket, sum(n)::int AS total,
             array_agg(code ORDER BY n DESC, code) AS codes,
             array_agg(n ORDER BY n DESC, code) AS counts
      FROM (
        SELECT date_trunc($8, e.date::timestamp)::date AS bucket, e.code, count(*)::int AS n
        FROM event e
        WHERE e.date IS NOT NULL AND e.date_precision = ANY($9::"DatePrecision"[])
          AND TRUE
        GROUP BY 1, 2) per_type
      GROUP BY bucket ORDER BY bucket DESC LIMIT $10) latest
    ORDER BY bucket) t8)) || '}'::text) AS data
-- values: [10,3,null,null,4,50,51,"day",["DAY"],366]
