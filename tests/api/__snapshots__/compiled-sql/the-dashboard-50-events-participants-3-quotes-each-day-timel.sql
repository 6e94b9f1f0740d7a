-- the dashboard (50 events, participants, 3 quotes each, day timeline)
SELECT json_build_array((SELECT coalesce(json_agg(json_build_array(t0.id,json_build_array(t0.id,t0.code,t0.date,t0.date_precision,(SELECT json_build_array(t1.name) FROM entity t1
      WHERE t1.id = t0.location_id),(SELECT coalesce(json_agg(json_build_array(t2.role,(SELECT json_build_array(t3.id,t3.name,t3.type) FROM entity t3
      WHERE t3.id = t2.entity_id)) ORDER BY t2.role, t2.id), '[]'::json)
      FROM (SELECT * FROM event_participant t2 WHERE t2.event_id = t0.id ORDER BY t2.role, t2.id LIMIT 10) t2),(SELECT coalesce(json_agg(json_build_array(t4.id,json_build_array(t4.text,(SELECT json_build_array(t5.name) FROM entity t5
      WHERE t5.id = t4.speaker_id)))
            ORDER BY t4.id DESC), '[]'::json)
          FROM (SELECT q.* FROM quote q
            WHERE q.id IN (SELECT l.quote_id FROM quote_event l WHERE l.event_id = t0.id)
              AND (NULL::int IS NULL OR q.id < NULL::int)
            ORDER BY q.id DESC LIMIT 4) t4)))
            ORDER BY t0.date DESC NULLS LAST, t0.id DESC), '[]'::json)
          FROM (SELECT e.* FROM event e WHERE TRUE
          ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT 51) t0),(SELECT coalesce(json_agg(json_build_array(t6.bucket,t6.total,(SELECT coalesce(json_agg(json_build_array(t7.code,t7.count) ORDER BY t7.ord), '[]'::json)
      FROM unnest(t6.codes, t6.counts)
                WITH ORDINALITY AS t7(code, count, ord))) ORDER BY t6.bucket), '[]'::json)
      FROM (
    SELECT * FROM (
      SELECT bucket, sum(n)::int AS total,
             array_agg(code ORDER BY n DESC, code) AS codes,
             array_agg(n ORDER BY n DESC, code) AS counts
      FROM (
        SELECT date_trunc($1, e.date::timestamp)::date AS bucket, e.code, count(*)::int AS n
        FROM event e
        WHERE e.date IS NOT NULL AND e.date_precision = ANY($2::"DatePrecision"[])
          AND TRUE
        GROUP BY 1, 2) per_type
      GROUP BY bucket ORDER BY bucket DESC LIMIT 366) latest
    ORDER BY bucket) t6)) AS data
-- values: ["day",["DAY"]]
