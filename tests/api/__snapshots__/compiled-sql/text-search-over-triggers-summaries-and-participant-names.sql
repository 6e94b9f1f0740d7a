-- text search over triggers, summaries and participant names
SELECT json_build_array((SELECT count(*)::int FROM event e WHERE TRUE AND (e.trigger ILIKE $1 OR e.summary ILIKE $2 OR EXISTS (SELECT 1 FROM event_participant p JOIN entity_alias a ON a.entity_id = p.entity_id
            WHERE p.event_id = e.id AND (a.key LIKE $3 OR a.key LIKE $4)))),(SELECT coalesce(json_agg(json_build_array(t0.id,json_build_array(t0.id,t0.summary))
            ORDER BY t0.date DESC NULLS LAST, t0.id DESC), '[]'::json)
          FROM (SELECT e.* FROM event e WHERE TRUE AND (e.trigger ILIKE $5 OR e.summary ILIKE $6 OR EXISTS (SELECT 1 FROM event_participant p JOIN entity_alias a ON a.entity_id = p.entity_id
            WHERE p.event_id = e.id AND (a.key LIKE $7 OR a.key LIKE $8)))
          ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT 26) t0)) AS data
-- values: ["%tillerson%","%tillerson%","tillerson%","% tillerson%","%tillerson%","%tillerson%","tillerson%","% tillerson%"]
