// Which support measures are for 智能家电, directly or through a programme that targets it?
MATCH (industry:Industry {name: '智能家电'})
CALL (industry) {
  MATCH (m:Measure)-[:FOR]->(industry)
  RETURN m, null AS programme
  UNION
  MATCH (m:Measure)-[:FOR]->(p:Programme)-[:TARGETS]->(industry)
  RETURN m, p.name AS programme
}
MATCH (m)-[:STATED_IN]->(d:Document)
RETURN m.instrument AS instrument, m.amountYuan AS amountYuan, m.ratePercent AS ratePercent, programme,
       d.id AS document, m.sentence AS evidence
ORDER BY amountYuan DESC;
