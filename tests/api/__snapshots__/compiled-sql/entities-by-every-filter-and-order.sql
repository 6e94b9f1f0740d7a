-- entities by every filter and order
SELECT json_build_array((SELECT count(*)::int FROM entity e WHERE TRUE),(SELECT coalesce(json_agg(json_build_array(t0.id,json_build_array(t0.id,t0.name,t0.type,t0.mention_count))
            ORDER BY t0.mention_count DESC, t0.id ASC), '[]'::json)
          FROM (SELECT e.* FROM entity e WHERE TRUE
          ORDER BY e.mention_count DESC, e.id ASC LIMIT $1) t0),(SELECT coalesce(json_agg(json_build_array(t1.id,json_build_array(t1.name))
            ORDER BY t1.name ASC, t1.id ASC), '[]'::json)
          FROM (SELECT e.* FROM entity e WHERE TRUE
          ORDER BY e.name ASC, e.id ASC LIMIT $2) t1),(SELECT count(*)::int FROM entity e WHERE TRUE AND e.type::text = $3),(SELECT coalesce(json_agg(json_build_array(t2.id,json_build_array(t2.name,(SELECT coalesce(json_agg(a.alias ORDER BY a.id), '[]'::json)
              FROM (SELECT a.alias, a.id FROM entity_alias a WHERE a.entity_id = t2.id
                ORDER BY a.id LIMIT $4) a)))
            ORDER BY t2.mention_count DESC, t2.id ASC), '[]'::json)
          FROM (SELECT e.* FROM entity e WHERE TRUE AND e.type::text = $5
          ORDER BY e.mention_count DESC, e.id ASC LIMIT $6) t2),(SELECT count(*)::int FROM entity e WHERE TRUE AND ((left(e.key, $7) = $8
        OR strpos(e.key, $9) > 0) OR EXISTS (
      SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id AND (left(a.key, $10) = $11
        OR strpos(a.key, $12) > 0)))),(SELECT coalesce(json_agg(json_build_array(t3.id,json_build_array(t3.name))
            ORDER BY t3.mention_count DESC, t3.id ASC), '[]'::json)
          FROM (SELECT e.* FROM entity e WHERE TRUE AND ((left(e.key, $13) = $14
        OR strpos(e.key, $15) > 0) OR EXISTS (
      SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id AND (left(a.key, $16) = $17
        OR strpos(a.key, $18) > 0)))
          ORDER BY e.mention_count DESC, e.id ASC LIMIT $19) t3),(SELECT count(*)::int FROM entity e WHERE TRUE AND e.type::text = $20 AND ((left(e.key, $21) = $22
        OR strpos(e.key, $23) > 0) OR EXISTS (
      SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id AND (left(a.key, $24) = $25
        OR strpos(a.key, $26) > 0)))),(SELECT coalesce(json_agg(json_build_array(t4.id,json_build_array(t4.name,t4.mention_count,(SELECT coalesce(json_agg(json_build_array(t5.id,json_build_array(t5.text,t5.start,t5.end))
            ORDER BY t5.id DESC), '[]'::json)
          FROM (SELECT m.* FROM mention m
            WHERE m.entity_id = t4.id AND ($27::int IS NULL OR m.id < $28::int)
            ORDER BY m.id DESC LIMIT $29) t5)))
            ORDER BY t4.name ASC, t4.id ASC), '[]'::json)
          FROM (SELECT e.* FROM entity e WHERE TRUE AND e.type::text = $30 AND ((left(e.key, $31) = $32
        OR strpos(e.key, $33) > 0) OR EXISTS (
      SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id AND (left(a.key, $34) = $35
        OR strpos(a.key, $36) > 0)))
          ORDER BY e.name ASC, e.id ASC LIMIT $37) t4)) AS data
-- values: [11,8,"PERSON",20,"PERSON",6,4,"till"," till",4,"till"," till",4,"till"," till",4,"till"," till",21,"LOCATION",3,"mos"," mos",3,"mos"," mos",null,null,3,"LOCATION",3,"mos"," mos",3,"mos"," mos",4]
