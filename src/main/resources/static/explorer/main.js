// The explorer page: search → neighbourhood graph → side panel, with the location hash (#entity=…, #document=…,
// #measure=…) as the one source of what is shown, so links, reloads and the back button all work.

import { api, ApiError } from './api.js';
import { showCoverage } from './coverage.js';
import { el, hashFor } from './dom.js';
import { createGraph, NODE_KINDS } from './graph.js';
import { showDocument, showEntity, showMeasure, showMessage } from './panel.js';

/** Canvas text (graph labels, heat map) needs the font stack spelled out; it matches --font in explorer.css. */
const FONT = getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'sans-serif';

const $ = (id) => document.getElementById(id);
const status = (text) => { $('status').textContent = text; };
const KIND_OF_LABEL = { Document: 'document', Measure: 'measure' };

const graph = createGraph($('graph'), FONT, (id, label) => navigate(KIND_OF_LABEL[label] ?? 'entity', id));

function navigate(kind, id) {
	const hash = hashFor(kind, id);
	if (location.hash === hash) {
		show(kind, id);
	}
	else {
		location.hash = hash;
	}
}

function describeCounts() {
	const { nodes, links } = graph.counts();
	$('graph-counts').textContent = nodes ? `${nodes} nodes, ${links} links. Click a node to expand it.`
		: 'Search for a name, then click nodes to grow the graph.';
}

async function expand(id) {
	if (!graph.isExpanded(id)) {
		graph.merge(await api.neighbourhood(id), id);
		describeCounts();
	}
	graph.select(id);
}

async function panelFor(kind, id) {
	const panel = $('panel');
	if (kind === 'entity') {
		showEntity(panel, await api.entity(id));
	}
	else if (kind === 'document') {
		showDocument(panel, await api.document(id));
	}
	else {
		const detail = await api.document(id.slice(0, id.lastIndexOf('#')));
		const measure = detail.measures.find((item) => item.id === id);
		if (!measure) {
			throw new ApiError(404, `No measure ${id}.`);
		}
		showMeasure(panel, measure, detail);
	}
}

async function show(kind, id) {
	status(`Loading ${id}…`);
	try {
		await Promise.all([panelFor(kind, id), expand(id)]);
		status('');
	}
	catch (error) {
		showMessage($('panel'), error.status === 404 ? 'Not found' : 'Could not load', error.message);
		status(error.message);
	}
}

function route() {
	const params = new URLSearchParams(location.hash.slice(1));
	for (const kind of ['entity', 'document', 'measure']) {
		if (params.get(kind)) {
			show(kind, params.get(kind));
			return;
		}
	}
}

function resultItem(hit) {
	return el('li', {}, el('button', { type: 'button', className: 'hit', 'data-id': hit.id, onclick: () => {
		graph.clear();
		navigate('entity', hit.id);
	} }, el('span', { className: `badge kind-${hit.type in NODE_KINDS ? hit.type : 'Other'}` }, hit.type), ' ',
	el('span', { lang: 'zh' }, hit.name), hit.aliases.length ? el('small', { lang: 'zh' }, ` ${hit.aliases.join('、')}`) : ''));
}

async function search(q) {
	const results = $('results');
	status(`Searching ${q}…`);
	try {
		const hits = await api.search(q);
		results.replaceChildren(el('h2', { className: 'visually-hidden' }, 'Search results'), hits.length
			? el('ol', { className: 'hits' }, hits.map(resultItem)) : el('p', { className: 'muted' }, `Nothing found for “${q}”.`));
		results.hidden = false;
		status(`${hits.length} result${hits.length === 1 ? '' : 's'} for ${q}`);
		results.querySelector('button')?.focus();
	}
	catch (error) {
		status(`Search failed: ${error.message}`);
	}
}

$('search').addEventListener('submit', (event) => {
	event.preventDefault();
	const q = $('search-input').value.trim();
	if (q) {
		search(q);
	}
});
$('graph-fit').addEventListener('click', () => graph.fit());
$('graph-clear').addEventListener('click', () => {
	graph.clear();
	describeCounts();
});
$('legend').replaceChildren(...Object.entries(NODE_KINDS).map(([label, kind]) =>
	el('li', {}, el('span', { className: `swatch kind-${label}` }), kind.text)));
window.addEventListener('hashchange', route);
// Search results and messages push the graph down; Cytoscape caches where its canvas is and must measure again
// then (only then: measuring clears the canvas until the next frame).
let graphOffset = `${$('graph').offsetLeft},${$('graph').offsetTop}`;
new ResizeObserver(() => {
	const offset = `${$('graph').offsetLeft},${$('graph').offsetTop}`;
	if (offset !== graphOffset) {
		graphOffset = offset;
		graph.resize();
	}
}).observe(document.body);

/** For browser tests and the console: where a node is drawn inside #graph, in CSS pixels. */
window.policyGraphExplorer = Object.freeze({ nodePosition: (id) => graph.renderedPosition(id) });

route();
showCoverage($('coverage'), api.coverage, FONT, (industry) => navigate('entity', `Industry:${industry}`))
	.then((chart) => chart && window.addEventListener('resize', () => chart.resize()));
