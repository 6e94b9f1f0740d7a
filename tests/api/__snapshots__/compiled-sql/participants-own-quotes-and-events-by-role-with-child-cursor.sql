-- participants' own quotes and events, by role, with child cursors
SELECT json_build_array((SELECT coalesce(json_agg(json_build_array(t0.id,json_build_array((SELECT coalesce(json_agg(json_build_array((SELECT json_build_array(t2.name,(SELECT count(*)::int FROM quote q WHERE q.speaker_id = t2.id),(SELECT coalesce(json_agg(json_build_array(t3.id,json_build_array(t3.text))
            ORDER BY t3.id DESC), '[]'::json)
          FROM (SELECT q.* FROM quote q
            WHERE q.speaker_id = t2.id AND (NULL::int IS NULL OR q.id < NULL::int)
            ORDER BY q.id DESC LIMIT 3) t3),(SELECT count(DISTINCT x.event_id)::int FROM (SELECT p.event_id FROM event_participant p
          WHERE p.entity_id = t2.id
            AND ($1::"ParticipantRole" IS NULL OR p.role = $2::"ParticipantRole")) x),(SELECT coalesce(json_agg(json_build_array(t4.id,json_build_array(t4.id,t4.code))
            ORDER BY t4.id DESC), '[]'::json)
          FROM (SELECT e.* FROM (
              SELECT DISTINCT x.event_id FROM (SELECT p.event_id FROM event_participant p
          WHERE p.entity_id = t2.id
            AND ($3::"ParticipantRole" IS NULL OR p.role = $4::"ParticipantRole")) x
              WHERE (NULL::int IS NULL OR x.event_id < NULL::int)
              ORDER BY x.event_id DESC LIMIT 4) page
            JOIN event e ON e.id = page.event_id) t4),(SELECT count(DISTINCT x.event_id)::int FROM (SELECT p.event_id FROM event_participant p
          WHERE p.entity_id = t2.id
            AND (NULL::"ParticipantRole" IS NULL OR p.role = NULL::"ParticipantRole")) x)) FROM entity t2
      WHERE t2.id = t1.entity_id)) ORDER BY t1.role, t1.id), '[]'::json)
      FROM (SELECT * FROM event_participant t1 WHERE t1.event_id = t0.id ORDER BY t1.role, t1.id LIMIT 10) t1)))
            ORDER BY t0.date DESC NULLS LAST, t0.id DESC), '[]'::json)
          FROM (SELECT e.* FROM event e WHERE TRUE
          ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT 13) t0)) AS data
-- values: ["ACTOR","ACTOR","ACTOR","ACTOR"]
