// Which documents mention 智能家电, how often and under which names?
MATCH (d:Document)-[mention:MENTIONS]->(industry:Industry {name: '智能家电'})
RETURN d.id AS document, d.title AS title, d.date AS date, mention.count AS mentions, mention.aliases AS namesUsed
ORDER BY mentions DESC, document;
