-- who met whom and who was busiest
SELECT json_build_array((
    WITH ev AS (SELECT e.id FROM event e WHERE TRUE),
    part AS (
      SELECT DISTINCT p.event_id, p.entity_id FROM event_participant p
       ),
    top AS (
      SELECT entity_id, count(*)::int AS weight FROM part
      GROUP BY entity_id ORDER BY weight DESC, entity_id LIMIT 12),
    pairs AS (
      SELECT a.entity_id AS s, b.entity_id AS t, count(*)::int AS shared
      FROM part a JOIN part b ON a.event_id = b.event_id AND a.entity_id < b.entity_id
      WHERE a.entity_id IN (SELECT entity_id FROM top) AND b.entity_id IN (SELECT entity_id FROM top)
      GROUP BY 1, 2 HAVING count(*) >= 1
      ORDER BY shared DESC, s, t LIMIT 500)
    SELECT json_build_array((SELECT coalesce(json_agg(json_build_array(t0.weight,(SELECT json_build_array(t1.id,t1.name,t1.type,(SELECT coalesce(json_agg(a.alias ORDER BY a.id), '[]'::json)
              FROM (SELECT a.alias, a.id FROM entity_alias a WHERE a.entity_id = t1.id
                ORDER BY a.id LIMIT 20) a)) FROM entity t1
      WHERE t1.id = t0.entity_id)) ORDER BY t0.weight DESC, t0.entity_id), '[]'::json)
      FROM top t0),(SELECT coalesce(json_agg(json_build_array(t2.shared,(SELECT json_build_array(t3.name) FROM entity t3
      WHERE t3.id = t2.s),(SELECT json_build_array(t4.name,t4.mention_count) FROM entity t4
      WHERE t4.id = t2.t)) ORDER BY t2.shared DESC, t2.s, t2.t), '[]'::json)
      FROM pairs t2))),(
    WITH ev AS (SELECT e.id FROM event e WHERE TRUE),
    part AS (
      SELECT DISTINCT p.event_id, p.entity_id FROM event_participant p
       JOIN entity n ON n.id = p.entity_id WHERE n.type = $1::"EntityType"),
    top AS (
      SELECT entity_id, count(*)::int AS weight FROM part
      GROUP BY entity_id ORDER BY weight DESC, entity_id LIMIT 8),
    pairs AS (
      SELECT a.entity_id AS s, b.entity_id AS t, count(*)::int AS shared
      FROM part a JOIN part b ON a.event_id = b.event_id AND a.entity_id < b.entity_id
      WHERE a.entity_id IN (SELECT entity_id FROM top) AND b.entity_id IN (SELECT entity_id FROM top)
      GROUP BY 1, 2 HAVING count(*) >= 2
      ORDER BY shared DESC, s, t LIMIT 500)
    SELECT json_build_array((SELECT coalesce(json_agg(json_build_array(t5.shared,(SELECT json_build_array(t6.id) FROM entity t6
      WHERE t6.id = t5.s),(SELECT json_build_array(t7.id) FROM entity t7
      WHERE t7.id = t5.t)) ORDER BY t5.shared DESC, t5.s, t5.t), '[]'::json)
      FROM pairs t5),(SELECT coalesce(json_agg(json_build_array(t8.weight) ORDER BY t8.weight DESC, t8.entity_id), '[]'::json)
      FROM top t8))),(SELECT coalesce(json_agg(json_build_array(t9."eventCount",t9."quoteCount",(SELECT json_build_array(t10.name,t10.type) FROM entity t10
      WHERE t10.id = t9."entityId")) ORDER BY t9."eventCount" DESC, t9."entityId"), '[]'::json)
      FROM (
    WITH ev AS (SELECT e.id FROM event e WHERE TRUE),
    counts AS (
      SELECT p.entity_id, count(DISTINCT p.event_id)::int AS events
      FROM event_participant p  
      GROUP BY p.entity_id ORDER BY events DESC, p.entity_id LIMIT 7),
    said AS (
      SELECT q.speaker_id, count(*)::int AS n FROM quote q
      WHERE q.speaker_id IN (SELECT entity_id FROM counts)
        AND EXISTS (SELECT 1 FROM event_mention m 
                    WHERE m.article_id = q.article_id)
      GROUP BY q.speaker_id)
    SELECT c.entity_id AS "entityId", c.events AS "eventCount", COALESCE(s.n, 0) AS "quoteCount"
    FROM counts c LEFT JOIN said s ON s.speaker_id = c.entity_id
    ORDER BY c.events DESC, c.entity_id) t9),(SELECT coalesce(json_agg(json_build_array((SELECT json_build_array(t12.id) FROM entity t12
      WHERE t12.id = t11."entityId"),t11."eventCount") ORDER BY t11."eventCount" DESC, t11."entityId"), '[]'::json)
      FROM (
    WITH ev AS (SELECT e.id FROM event e WHERE TRUE AND e.code = ANY($2::text[])),
    counts AS (
      SELECT p.entity_id, count(DISTINCT p.event_id)::int AS events
      FROM event_participant p JOIN ev ON ev.id = p.event_id JOIN entity n ON n.id = p.entity_id WHERE n.type = $3::"EntityType"
      GROUP BY p.entity_id ORDER BY events DESC, p.entity_id LIMIT 3),
    said AS (
      SELECT q.speaker_id, count(*)::int AS n FROM quote q
      WHERE q.speaker_id IN (SELECT entity_id FROM counts)
        AND EXISTS (SELECT 1 FROM event_mention m JOIN ev ON ev.id = m.event_id
                    WHERE m.article_id = q.article_id)
      GROUP BY q.speaker_id)
    SELECT c.entity_id AS "entityId", c.events AS "eventCount", COALESCE(s.n, 0) AS "quoteCount"
    FROM counts c LEFT JOIN said s ON s.speaker_id = c.entity_id
    ORDER BY c.events DESC, c.entity_id) t11)) AS data
-- values: ["PERSON",["04"],"PERSON"]
