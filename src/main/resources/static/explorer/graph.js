// The Cytoscape.js view of the neighbourhoods explored so far: each expansion merges new nodes and links into it.

/** Colour and shape of each node label, shared with the legend. */
export const NODE_KINDS = {
	Industry: { colour: '#d9480f', shape: 'ellipse', text: 'Industry 产业' },
	Programme: { colour: '#1971c2', shape: 'ellipse', text: 'Programme 政策项目' },
	TalentScheme: { colour: '#9c36b5', shape: 'ellipse', text: 'Talent scheme 人才计划' },
	Park: { colour: '#2f9e44', shape: 'ellipse', text: 'Park 园区' },
	Enterprise: { colour: '#e67700', shape: 'ellipse', text: 'Enterprise 企业' },
	Agency: { colour: '#495057', shape: 'ellipse', text: 'Agency 部门' },
	Institution: { colour: '#0c8599', shape: 'ellipse', text: 'Institution 机构' },
	Region: { colour: '#5c940d', shape: 'ellipse', text: 'Region 地区' },
	Measure: { colour: '#c92a2a', shape: 'diamond', text: 'Measure 措施' },
	Document: { colour: '#868e96', shape: 'round-rectangle', text: 'Document 文件' },
};

function style(fontFamily) {
	const byKind = Object.entries(NODE_KINDS).map(([label, kind]) => ({
		selector: `node[label = "${label}"]`,
		style: { 'background-color': kind.colour, shape: kind.shape },
	}));
	return [
		{
			selector: 'node',
			style: {
				label: 'data(name)', 'font-family': fontFamily, 'font-size': 11, color: '#212529',
				'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'ellipsis', 'text-max-width': '130px',
				'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 1,
				width: 18, height: 18, 'border-width': 0, 'border-color': '#212529',
			},
		},
		...byKind,
		{ selector: 'node[label = "Document"]', style: { width: 14, height: 18, 'font-size': 9, color: '#495057' } },
		{ selector: 'node.expanded', style: { width: 24, height: 24, 'border-width': 2 } },
		{ selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f59f00', 'font-weight': 'bold' } },
		{
			selector: 'edge',
			style: {
				width: 1.2, 'line-color': '#adb5bd', 'target-arrow-color': '#adb5bd', 'target-arrow-shape': 'triangle',
				'arrow-scale': 0.7, 'curve-style': 'bezier', label: 'data(type)', 'font-size': 7, color: '#868e96',
				'text-rotation': 'autorotate', 'text-opacity': 0.8, 'font-family': fontFamily,
			},
		},
		{ selector: 'edge[type = "MENTIONS"], edge[type = "STATED_IN"]', style: { 'line-style': 'dashed', label: '' } },
	];
}

/** Draws the explored graph in the container and reports taps on nodes to onTap(id, label). */
export function createGraph(container, fontFamily, onTap) {
	const cy = cytoscape({ container, style: style(fontFamily), minZoom: 0.15, maxZoom: 3 });
	cy.on('tap', 'node', (event) => onTap(event.target.id(), event.target.data('label')));

	function addNodes(nodes, around) {
		const centre = around.nonempty() ? around.position() : { x: 0, y: 0 };
		return nodes.filter((node) => cy.getElementById(node.id).empty()).map((node) => ({
			group: 'nodes',
			data: { id: node.id, label: node.label, name: node.name },
			position: { x: centre.x + (Math.random() - 0.5) * 80, y: centre.y + (Math.random() - 0.5) * 80 },
		}));
	}

	function addLinks(links) {
		return links
			.filter((link) => cy.getElementById(link.source).nonempty() && cy.getElementById(link.target).nonempty())
			.map((link) => ({ group: 'edges', data: { id: `${link.source}\u0000${link.type}\u0000${link.target}`, ...link } }))
			.filter((link) => cy.getElementById(link.data.id).empty());
	}

	return {
		/** Merges a {nodes, links} view around the node id and lays the graph out again; answers the nodes added. */
		merge(view, id) {
			const around = cy.getElementById(id);
			const added = cy.add(addNodes(view.nodes, around));
			cy.add(addLinks(view.links));
			cy.getElementById(id).addClass('expanded');
			cy.layout({ name: 'cose', animate: false, randomize: false, fit: true, padding: 30,
				nodeRepulsion: () => 9000, idealEdgeLength: () => 70, nodeDimensionsIncludeLabels: true }).run();
			if (cy.zoom() > 1.3) {
				// a handful of nodes would otherwise be blown up to fill the whole area
				cy.zoom(1.3);
				cy.center();
			}
			return added.nodes().length;
		},
		isExpanded: (id) => cy.getElementById(id).hasClass('expanded'),
		node: (id) => {
			const node = cy.getElementById(id);
			return node.nonempty() ? node.data() : null;
		},
		select(id) {
			cy.$(':selected').unselect();
			cy.getElementById(id).select();
		},
		counts: () => ({ nodes: cy.nodes().length, links: cy.edges().length }),
		fit: () => cy.fit(undefined, 30),
		/** Where a node is drawn, in pixels from the container's top left corner, or null. */
		renderedPosition: (id) => {
			const node = cy.getElementById(id);
			return node.nonempty() ? node.renderedPosition() : null;
		},
		clear: () => cy.elements().remove(),
		resize: () => cy.resize(),
	};
}
