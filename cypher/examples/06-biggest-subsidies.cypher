// What are the biggest subsidies and rewards by amount, and what are they for?
MATCH (m:Measure)-[:STATED_IN]->(d:Document)
WHERE m.amountYuan IS NOT NULL
OPTIONAL MATCH (m)-[:FOR]->(target)
RETURN m.instrument AS instrument, m.amountYuan AS amountYuan, m.ratePercent AS ratePercent,
       collect(target.name) AS forEntities, d.id AS document, m.sentence AS evidence
ORDER BY amountYuan DESC
LIMIT 10;
