// Who issued which programmes, and which industries do those programmes target?
MATCH (programme:Programme)-[:ISSUED_BY]->(issuer)
OPTIONAL MATCH (programme)-[:TARGETS]->(industry:Industry)
RETURN issuer.name AS issuer, programme.name AS programme, collect(DISTINCT industry.name) AS targets
ORDER BY issuer, programme;
