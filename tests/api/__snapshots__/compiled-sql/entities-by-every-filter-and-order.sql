-- entities by every filter and order
SELECT json_build_array((SELECT count(*)::int FROM entity e WHERE TRUE),(SELECT coalesce(json_agg(json_build_array(t0.id,json_build_array(t0.id,t0.name,t0.type,t0.mention_count))
            ORDER BY t0.mention_count DESC, t0.id ASC), '[]'::json)
          FROM (SELECT e.* FROM entity e WHERE TRUE
          ORDER BY e.mention_count DESC, e.id ASC LIMIT 11) t0),(SELECT coalesce(json_agg(json_build_array(t1.id,json_build_array(t1.name))
            ORDER BY t1.name ASC, t1.id ASC), '[]'::json)
          FROM (SELECT e.* FROM entity e WHERE TRUE
          ORDER BY e.name ASC, e.id ASC LIMIT 8) t1),(SELECT count(*)::int FROM entity e WHERE TRUE AND e.type::text = $1),(SELECT coalesce(json_agg(json_build_array(t2.id,json_build_array(t2.name,(SELECT coalesce(json_agg(a.alias ORDER BY a.id), '[]'::json)
              FROM (SELECT a.alias, a.id FROM entity_alias a WHERE a.entity_id = t2.id
                ORDER BY a.id LIMIT 20) a)))
            ORDER BY t2.mention_count DESC, t2.id ASC), '[]'::json)
          FROM (SELECT e.* FROM entity e WHERE TRUE AND e.type::text = $2
          ORDER BY e.mention_count DESC, e.id ASC LIMIT 6) t2),(SELECT count(*)::int FROM entity e WHERE TRUE AND ((left(e.key, 4) = $3
        OR strpos(e.key, $4) > 0) OR EXISTS (
      SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id AND (left(a.key, 4) = $5
        OR strpos(a.key, $6) > 0)))),(SELECT coalesce(json_agg(json_build_array(t3.id,json_build_array(t3.name))
            ORDER BY t3.mention_count DESC, t3.id ASC), '[]'::json)
          FROM (SELECT e.* FROM entity e WHERE TRUE AND ((left(e.key, 4) = $7
        OR strpos(e.key, $8) > 0) OR EXISTS (
      SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id AND (left(a.key, 4) = $9
        OR strpos(a.key, $10) > 0)))
          ORDER BY e.mention_count DESC, e.id ASC LIMIT 21) t3),(SELECT count(*)::int FROM entity e WHERE TRUE AND e.type::text = $11 AND ((left(e.key, 3) = $12
        OR strpos(e.key, $13) > 0) OR EXISTS (
      SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id AND (left(a.key, 3) = $14
        OR strpos(a.key, $15) > 0)))),(SELECT coalesce(json_agg(json_build_array(t4.id,json_build_array(t4.name,t4.mention_count,(SELECT coalesce(json_agg(json_build_array(t5.id,json_build_array(t5.text,t5.start,t5.end))
            ORDER BY t5.id DESC), '[]'::json)
          FROM (SELECT m.* FROM mention m
            WHERE m.entity_id = t4.id AND (NULL::int IS NULL OR m.id < NULL::int)
            ORDER BY m.id DESC LIMIT 3) t5)))
            ORDER BY t4.name ASC, t4.id ASC), '[]'::json)
          FROM (SELECT e.* FROM entity e WHERE TRUE AND e.type::text = $16 AND ((left(e.key, 3) = $17
        OR strpos(e.key, $18) > 0) OR EXISTS (
      SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id AND (left(a.key, 3) = $19
        OR strpos(a.key, $20) > 0)))
          ORDER BY e.name ASC, e.id ASC LIMIT 4) t4)) AS data
-- values: ["PERSON","PERSON","till"," till","till"," till","till"," till","till"," till","LOCATION","mos"," mos","mos"," mos","LOCATION","mos"," mos","mos"," mos"]
