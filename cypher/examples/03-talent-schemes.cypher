// Which talent schemes exist, which industries do they support and which measures fund them?
MATCH (scheme:TalentScheme)
OPTIONAL MATCH (scheme)-[:SUPPORTS]->(industry:Industry)
OPTIONAL MATCH (measure:Measure)-[:FOR]->(scheme)
RETURN scheme.name AS scheme, collect(DISTINCT industry.name) AS industries,
       collect(DISTINCT measure.instrument) AS instruments, max(measure.amountYuan) AS largestAmountYuan
ORDER BY scheme;
