// PolicyGraph schema: the constraints and indexes of the graph model (src/docs/graph-model.md).
// Applied by the application at every start-up; every statement is idempotent (IF NOT EXISTS), so it also runs
// as-is by hand: cypher-shell -a bolt://127.0.0.1:7687 -f cypher/schema.cypher

// Keys: one node per document, per measure and per canonical entity name of each label.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT measure_id IF NOT EXISTS FOR (m:Measure) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT programme_name IF NOT EXISTS FOR (e:Programme) REQUIRE e.name IS UNIQUE;
CREATE CONSTRAINT talent_scheme_name IF NOT EXISTS FOR (e:TalentScheme) REQUIRE e.name IS UNIQUE;
CREATE CONSTRAINT park_name IF NOT EXISTS FOR (e:Park) REQUIRE e.name IS UNIQUE;
CREATE CONSTRAINT enterprise_name IF NOT EXISTS FOR (e:Enterprise) REQUIRE e.name IS UNIQUE;
CREATE CONSTRAINT industry_name IF NOT EXISTS FOR (e:Industry) REQUIRE e.name IS UNIQUE;
CREATE CONSTRAINT agency_name IF NOT EXISTS FOR (e:Agency) REQUIRE e.name IS UNIQUE;
CREATE CONSTRAINT institution_name IF NOT EXISTS FOR (e:Institution) REQUIRE e.name IS UNIQUE;
CREATE CONSTRAINT region_name IF NOT EXISTS FOR (e:Region) REQUIRE e.name IS UNIQUE;

// Look-ups by name across all entity types (the same name may exist under two labels).
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);

// Search over names and aliases; the cjk analyzer indexes Chinese text as character bigrams.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// Ranking measures by amount (the biggest subsidies).
CREATE INDEX measure_amount IF NOT EXISTS FOR (m:Measure) ON (m.amountYuan);
