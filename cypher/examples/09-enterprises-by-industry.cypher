// Which enterprises work in which industries, and which programmes list them?
MATCH (enterprise:Enterprise)-[:IN_INDUSTRY]->(industry:Industry)
OPTIONAL MATCH (enterprise)-[:LISTED_IN]->(programme:Programme)
RETURN industry.name AS industry, enterprise.name AS enterprise, collect(DISTINCT programme.name) AS listedIn
ORDER BY industry, enterprise;
