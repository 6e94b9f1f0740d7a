-- month timeline and the whole type breakdown
SELECT json_build_array((SELECT coalesce(json_agg(json_build_array(t0.bucket,t0.total,(SELECT coalesce(json_agg(json_build_array(t1.code,t1.code,t1.count) ORDER BY t1.ord), '[]'::json)
      FROM unnest(t0.codes, t0.counts)
                WITH ORDINALITY AS t1(code, count, ord))) ORDER BY t0.bucket), '[]'::json)
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
    ORDER BY bucket) t0),(SELECT coalesce(json_agg(json_build_array(t2.code,t2.code,t2.code,t2.count) ORDER BY t2.count DESC, t2.code), '[]'::json)
      FROM (
    SELECT e.code, count(*)::int AS count FROM event e
    WHERE TRUE
    GROUP BY e.code ORDER BY count DESC, e.code) t2)) AS data
-- values: ["month",["DAY","MONTH"]]
