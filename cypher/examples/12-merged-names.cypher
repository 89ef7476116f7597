// Which different names were merged into one entity, in which document, and why?
MATCH (d:Document)-[m:MENTIONS]->(e:Entity)
WHERE size(m.merges) > 0
UNWIND m.merges AS reason
RETURN d.id AS document, [label IN labels(e) WHERE label <> 'Entity'][0] AS type, e.name AS name, reason
ORDER BY document, type, name
LIMIT 50;
