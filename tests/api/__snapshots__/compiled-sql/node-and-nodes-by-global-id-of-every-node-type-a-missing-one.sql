-- node and nodes by global ID, of every node type, a missing one null
SELECT json_build_array((SELECT json_build_array(t0.id,t0.name,(SELECT count(DISTINCT x.event_id)::int FROM (SELECT p.event_id FROM event_participant p
          WHERE p.entity_id = t0.id
            AND (NULL::"ParticipantRole" IS NULL OR p.role = NULL::"ParticipantRole")) x)) FROM entity t0 WHERE t0.id = 2),json_build_array((SELECT json_build_array(t2.id,t2.title) FROM article t2 WHERE t2.id = 3),(SELECT json_build_array(t3.id,t3.name) FROM entity t3 WHERE t3.id = 3),(SELECT json_build_array(t4.id,t4.code) FROM event t4 WHERE t4.id = 3),(SELECT json_build_array(t5.id,t5.text,(SELECT json_build_array(t6.name) FROM entity t6
      WHERE t6.id = t5.speaker_id)) FROM quote t5 WHERE t5.id = 3),(SELECT json_build_array(t7.id,t7.text,(SELECT json_build_array(t8.name) FROM entity t8
      WHERE t8.id = t7.entity_id)) FROM mention t7 WHERE t7.id = 3),(SELECT json_build_array(t9.id,t9.code) FROM event t9 WHERE t9.id = 987654))) AS data
-- values: []
