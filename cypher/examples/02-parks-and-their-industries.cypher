// Which parks focus on which industries, and where are they?
MATCH (park:Park)-[focus:FOCUSES_ON]->(industry:Industry)
OPTIONAL MATCH (park)-[:LOCATED_IN]->(place)
RETURN park.name AS park, collect(DISTINCT industry.name) AS industries, collect(DISTINCT place.name) AS locatedIn,
       collect(DISTINCT focus.documentId) AS documents
ORDER BY park;
