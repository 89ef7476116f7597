package org.policygraph.export;

/** The OpenAPI description and examples of {@code GET /api/export}, kept out of the controller's way. */
final class ExportDocumentation {

	static final String DESCRIPTION = """
			Streams the graph as an attachment (policygraph.json, policygraph-Park.graphml, \
			policygraph-industry-智能家电.zip ...), read from the database a batch at a time. \
			Without type or industry: every node (entities, documents, measures) and every relationship. \
			type=<Label>: the entities of that type, their direct neighbours through the fact relationships and FOR \
			(entities and measures), and the relationships that touch an entity of the type: the ego network a \
			Gephi user expects, since the relationships among entities of one type alone are almost none. \
			industry=<name or alias>: the industry and every node within hops (default 2) of it through the fact \
			relationships and FOR, with every relationship among those nodes: its programmes, parks, enterprises, \
			talent schemes and measures and what they in turn link to. Subgraphs never pass through documents, \
			which mention dozens of entities each; every relationship keeps its evidence (documentId, sentence). \
			Node properties: aliases, title, agency, docNumber, date, suggestionNo, delegate, session, instrument, \
			amountYuan, ratePercent, documentId, sentence, start, end (those of the node's kind); relationship \
			properties: documentId, sentence, start, end, and count, aliases, merges on MENTIONS. In CSV and GraphML \
			a list is one text joined by '; '. GraphML: the node attribute label is the name, kind the Neo4j label; \
			the edge attribute label is the relationship type; PARTNERS_WITH edges are undirected. CSV (UTF-8, RFC \
			4180, Gephi's column names): nodes.csv Id, Label (name), kind, properties...; relationships.csv Id, \
			Source, Target, Type (Directed or Undirected), Label (relationship type), properties....""";

	static final String JSON_EXAMPLE = """
			{"nodes": [
			  {"id": "Industry:智能家电", "label": "Industry", "name": "智能家电", "properties": {"aliases": ["家电"]}},
			  {"id": "Programme:浙江制造", "label": "Programme", "name": "浙江制造", "properties": {"aliases": []}}
			 ],
			 "relationships": [
			  {"id": "5:5c0a…:12", "type": "TARGETS", "source": "Programme:浙江制造", "target": "Industry:智能家电",
			   "properties": {"documentId": "000_d731860091b711b0",
			     "sentence": "扎实推进“浙江制造”建设，加快在智能家电、机械基础件、汽车及关键零部件等三大传统制造业企业中培育“浙江制造”品牌。"}}
			 ]}""";

	static final String GRAPHML_EXAMPLE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
			  <key id="n_label" for="node" attr.name="label" attr.type="string"/>
			  <key id="n_kind" for="node" attr.name="kind" attr.type="string"/>
			  <key id="n_amountYuan" for="node" attr.name="amountYuan" attr.type="long"/>
			  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>
			  <key id="e_sentence" for="edge" attr.name="sentence" attr.type="string"/>
			  <graph id="policygraph" edgedefault="directed">
			    <node id="Industry:智能家电"><data key="n_label">智能家电</data><data key="n_kind">Industry</data></node>
			    <node id="Programme:浙江制造"><data key="n_label">浙江制造</data><data key="n_kind">Programme</data></node>
			    <edge id="5:5c0a…:12" source="Programme:浙江制造" target="Industry:智能家电">
			      <data key="e_label">TARGETS</data><data key="e_sentence">扎实推进“浙江制造”建设，……</data></edge>
			  </graph>
			</graphml>""";

	static final String CSV_EXAMPLE = """
			nodes.csv:
			Id,Label,kind,aliases,title,agency,docNumber,date,suggestionNo,delegate,session,instrument,amountYuan,...
			Industry:智能家电,智能家电,Industry,家电,,,,,,,,,,...
			relationships.csv:
			Id,Source,Target,Type,Label,documentId,sentence,start,end,count,aliases,merges
			5:5c0a…:12,Programme:浙江制造,Industry:智能家电,Directed,TARGETS,000_d731860091b711b0,"扎实推进“浙江制造”建设，……",…""";

	private ExportDocumentation() {
	}

}
