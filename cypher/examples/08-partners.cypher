// Who partners with whom, according to which document?
MATCH (a)-[p:PARTNERS_WITH]-(b)
WHERE elementId(a) < elementId(b)
RETURN a.name AS partner, b.name AS otherPartner, p.documentId AS document, p.sentence AS evidence
ORDER BY partner, otherPartner;
