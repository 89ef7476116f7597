// Which entities are called something like 家电 (full-text search over names and aliases)?
CALL db.index.fulltext.queryNodes('entity_names', '家电') YIELD node, score
RETURN [label IN labels(node) WHERE label <> 'Entity'][0] AS type, node.name AS name, node.aliases AS aliases, score
ORDER BY score DESC
LIMIT 20;
