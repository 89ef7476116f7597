// Which enterprises and parks are listed in which programmes (名单, 试点, 示范)?
MATCH (listed)-[l:LISTED_IN]->(programme:Programme)
RETURN programme.name AS programme, [label IN labels(listed) WHERE label <> 'Entity'][0] AS type,
       listed.name AS listed, l.documentId AS document, l.sentence AS evidence
ORDER BY programme, listed;
