-- filters: types, dates, participants, search
SELECT json_build_array((SELECT count(*)::int FROM event e WHERE TRUE AND e.code = ANY($1::text[]) AND e.date >= $2::date AND e.date <= $3::date),(SELECT coalesce(json_agg(json_build_array(t0.id,json_build_array(t0.id,t0.code,t0.date,t0.summary))
            ORDER BY t0.date DESC NULLS LAST, t0.id DESC), '[]'::json)
          FROM (SELECT e.* FROM event e WHERE TRUE AND e.code = ANY($4::text[]) AND e.date >= $5::date AND e.date <= $6::date
          ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT 41) t0),(SELECT coalesce(json_agg(json_build_array(t1.bucket,t1.total,(SELECT coalesce(json_agg(json_build_array(t2.code,t2.code,t2.code,t2.count) ORDER BY t2.ord), '[]'::json)
      FROM unnest(t1.codes, t1.counts)
                WITH ORDINALITY AS t2(code, count, ord))) ORDER BY t1.bucket), '[]'::json)
      FROM (
    SELECT * FROM (
      SELECT bucket, sum(n)::int AS total,
             array_agg(code ORDER BY n DESC, code) AS codes,
             array_agg(n ORDER BY n DESC, code) AS counts
      FROM (
        SELECT date_trunc($7, e.date::timestamp)::date AS bucket, e.code, count(*)::int AS n
        FROM event e
        WHERE e.date IS NOT NULL AND e.date_precision = ANY($8::"DatePrecision"[])
          AND TRUE AND e.code = ANY($9::text[]) AND e.date >= $10::date AND e.date <= $11::date
        GROUP BY 1, 2) per_type
      GROUP BY bucket ORDER BY bucket DESC LIMIT 366) latest
    ORDER BY bucket) t1),(SELECT coalesce(json_agg(json_build_array(t3.code,t3.code,t3.code,t3.count) ORDER BY t3.count DESC, t3.code), '[]'::json)
      FROM (
    SELECT e.code, count(*)::int AS count FROM event e
    WHERE TRUE AND e.date >= $12::date AND e.date <= $13::date
    GROUP BY e.code ORDER BY count DESC, e.code) t3)) AS data
-- values: [["04","19","18"],"2017-04-01","2017-04-30",["04","19","18"],"2017-04-01","2017-04-30","week",["DAY"],["04","19","18"],"2017-04-01","2017-04-30","2017-04-01","2017-04-30"]
