// What does the graph say about 智能家电: programmes targeting it, parks, enterprises and talent schemes?
MATCH (industry:Industry {name: '智能家电'})
RETURN industry.name AS industry,
       COLLECT { MATCH (p:Programme)-[:TARGETS]->(industry) RETURN DISTINCT p.name } AS programmes,
       COLLECT { MATCH (p:Park)-[:FOCUSES_ON]->(industry) RETURN DISTINCT p.name } AS parks,
       COLLECT { MATCH (e:Enterprise)-[:IN_INDUSTRY]->(industry) RETURN DISTINCT e.name } AS enterprises,
       COLLECT { MATCH (t:TalentScheme)-[:SUPPORTS]->(industry) RETURN DISTINCT t.name } AS talentSchemes,
       COUNT { (:Document)-[:MENTIONS]->(industry) } AS documents;
