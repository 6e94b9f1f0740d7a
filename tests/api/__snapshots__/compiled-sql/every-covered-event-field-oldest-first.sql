-- every covered event field, oldest first
SELECT json_build_array((SELECT count(*)::int FROM event e WHERE TRUE),(SELECT coalesce(json_agg(json_build_array(t0.id,json_build_array(t0.id,t0.code,t0.code,t0.code,t0.trigger,t0.summary,t0.date,t0.date_precision,t0.confidence,(SELECT json_build_array(s.articles, s.sources, s.first, s.last) FROM (
        SELECT count(DISTINCT a.id)::int AS articles,
  count(DISTINCT COALESCE(lower(btrim(a.source)), '#' || a.id))::int AS sources,
  to_char(min(COALESCE(a.published_at, a.ingested_at::date)), 'YYYY-MM-DD') AS first,
  to_char(max(COALESCE(a.published_at, a.ingested_at::date)), 'YYYY-MM-DD') AS last FROM event_article r JOIN article a ON a.id = r.article_id
        WHERE r.event_id = t0.id) s),(SELECT json_build_array(t1.id,t1.name,t1.type,t1.description,(SELECT coalesce(json_agg(a.alias ORDER BY a.id), '[]'::json)
              FROM (SELECT a.alias, a.id FROM entity_alias a WHERE a.entity_id = t1.id
                ORDER BY a.id LIMIT 20) a),t1.mention_count) FROM entity t1
      WHERE t1.id = t0.location_id),(SELECT coalesce(json_agg(json_build_array(t2.role,(SELECT json_build_array(t3.id,t3.name,t3.type) FROM entity t3
      WHERE t3.id = t2.entity_id),(SELECT json_build_array(t4.id,t4.code) FROM event t4
      WHERE t4.id = t2.event_id)) ORDER BY t2.role, t2.id), '[]'::json)
      FROM (SELECT * FROM event_participant t2 WHERE t2.event_id = t0.id ORDER BY t2.role, t2.id LIMIT 10) t2),(SELECT coalesce(json_agg(json_build_array(t5.id,t5.title,t5.subtitle,t5.source,t5.url,t5.authors[1:10],t5.dateline_place,t5.published_at,t5.ingested_at,t5.extractor_version) ORDER BY t5.id), '[]'::json)
      FROM (SELECT * FROM article t5
            WHERE t5.id IN (SELECT r.article_id FROM event_article r WHERE r.event_id = t0.id) ORDER BY t5.id LIMIT 30) t5)))
            ORDER BY t0.date ASC NULLS LAST, t0.id ASC), '[]'::json)
          FROM (SELECT e.* FROM event e WHERE TRUE
          ORDER BY e.date ASC NULLS LAST, e.id ASC LIMIT 101) t0)) AS data
-- values: []
