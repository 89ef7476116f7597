package org.policygraph.export;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A GraphML file read with the JDK's DOM parser, which rejects anything that is not well-formed XML. */
record GraphMlDocument(Map<String, Map<String, String>> nodes, List<Edge> edges, Set<String> undeclaredKeys) {

	private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

	/**
	 * An edge with its data by attribute name.
	 *
	 * @param source id of its source node
	 * @param target id of its target node
	 * @param directed false only when the edge says {@code directed="false"}
	 * @param data attribute values by {@code attr.name}
	 */
	record Edge(String source, String target, boolean directed, Map<String, String> data) {
	}

	static GraphMlDocument parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		Map<String, String> keys = new LinkedHashMap<>();
		Set<String> undeclared = new HashSet<>();
		for (Element key : elements(document, "key")) {
			keys.put(key.getAttribute("for") + "/" + key.getAttribute("id"), key.getAttribute("attr.name"));
		}
		Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
		for (Element node : elements(document, "node")) {
			nodes.merge(node.getAttribute("id"), data(node, "node", keys, undeclared), (a, b) -> {
				throw new IllegalStateException("Duplicate node " + node.getAttribute("id"));
			});
		}
		List<Edge> edges = new ArrayList<>();
		for (Element edge : elements(document, "edge")) {
			edges.add(new Edge(edge.getAttribute("source"), edge.getAttribute("target"),
					!"false".equals(edge.getAttribute("directed")), data(edge, "edge", keys, undeclared)));
		}
		return new GraphMlDocument(nodes, edges, undeclared);
	}

	Set<String> nodeIds() {
		return this.nodes.keySet();
	}

	Map<String, String> nodeData(String id) {
		return this.nodes.get(id);
	}

	private static Map<String, String> data(Element owner, String domain, Map<String, String> keys,
			Set<String> undeclared) {
		Map<String, String> data = new LinkedHashMap<>();
		NodeList children = owner.getElementsByTagNameNS(NAMESPACE, "data");
		for (int i = 0; i < children.getLength(); i++) {
			Element element = (Element) children.item(i);
			String name = keys.get(domain + "/" + element.getAttribute("key"));
			if (name == null) {
				undeclared.add(domain + "/" + element.getAttribute("key"));
			}
			data.put(name, element.getTextContent());
		}
		return data;
	}

	private static List<Element> elements(Document document, String name) {
		NodeList list = document.getElementsByTagNameNS(NAMESPACE, name);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			elements.add((Element) list.item(i));
		}
		return elements;
	}

}
