-- text search over triggers, summaries and participant names
SELECT ('{"events":'::text || ((SELECT ('{"totalCount":'::text || (coalesce(((SELECT count(*)::int FROM event e WHERE TRUE AND (e.trigger ILIKE $1 OR e.summary ILIKE $2 OR EXISTS (SELECT 1 FROM event_participant p JOIN entity_alias a ON a.entity_id = p.entity_id
            WHERE p.event_id = e.id AND (a.key LIKE $3 OR a.key LIKE $4)))))::int::text, 'null')) || ',"edges":'::text || ('[' || coalesce(t1.a0, '') || ']') || '}'::text) FROM (
      SELECT count(*) AS fetched, string_agg(('{"node":'::text || (('{"id":'::text || (coalesce('"' || translate(encode(convert_to('Event:'::text || (t0.id)::text, 'UTF8'), 'base64'), chr(10), '') || '"', 'null')) || ',"summary":'::text || (coalesce(to_json((t0.summary)::text)::text, 'null')) || '}'::text)) || '}'::text), ',' ORDER BY t0.page_rank)
          FILTER (WHERE t0.page_rank <= $5) AS a0
      FROM (SELECT t0.*, row_number() OVER (ORDER BY t0.date DESC NULLS LAST, t0.id DESC) AS page_rank,
              count(*) OVER () AS page_fetched
            FROM (SELECT e.* FROM event e WHERE TRUE AND (e.trigger ILIKE $6 OR e.summary ILIKE $7 OR EXISTS (SELECT 1 FROM event_participant p JOIN entity_alias a ON a.entity_id = p.entity_id
            WHERE p.event_id = e.id AND (a.key LIKE $8 OR a.key LIKE $9)))
          ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT $10) t0) t0) t1)) || '}'::text) AS data
-- values: ["%tillerson%","%tillerson%","tillerson%","% tillerson%",25,"%tillerson%","%tillerson%","tillerson%","% tillerson%",26]
