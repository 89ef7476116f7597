// The side panel: an entity, a document or a measure with the sentences that state its facts, the entity's names
// highlighted in them. Every link is a #hash link, so the browser's back button walks the exploration.

import { documentUrl } from './api.js';
import { el, hashFor, highlighted, yuan } from './dom.js';
import { NODE_KINDS } from './graph.js';

const ARROWS = { OUTGOING: '→', INCOMING: '←', UNDIRECTED: '—' };

function badge(label) {
	return el('span', { className: `badge kind-${label in NODE_KINDS ? label : 'Other'}` }, label);
}

function entityLink(ref) {
	return el('a', { href: hashFor('entity', ref.id) }, ref.name);
}

function documentLink(id, title) {
	return el('a', { href: hashFor('document', id) }, title || id);
}

/** Replaces the panel's content, skipping the parts that are absent. */
function fill(panel, ...parts) {
	panel.replaceChildren(...parts.filter((part) => part != null && part !== ''));
	panel.scrollTop = 0;
}

function heading(text, ...extra) {
	return [el('h2', { id: 'panel-heading', lang: 'zh' }, text), el('p', { className: 'kind' }, ...extra)];
}

function definitions(entries) {
	const rows = entries.filter(([, value]) => value != null && value !== '' && !(Array.isArray(value) && !value.length));
	const text = (value) => (Array.isArray(value) ? value.join('、') : String(value));
	return rows.length ? el('dl', { className: 'properties' },
		rows.flatMap(([key, value]) => [el('dt', {}, key), el('dd', { lang: 'zh' }, text(value))])) : null;
}

function section(title, items, emptyText) {
	return el('section', {}, el('h3', {}, `${title} (${items.length})`),
		items.length ? el('ul', { className: 'plain' }, items) : el('p', { className: 'muted' }, emptyText));
}

function measureText(measure) {
	return [measure.instrument, measure.ratePercent != null ? `${measure.ratePercent}%` : '', yuan(measure.amountYuan)]
		.filter(Boolean).join(' ');
}

/** Groups statements by the sentence that states them, in order of first appearance. */
function evidenceOf(entity) {
	const bySentence = new Map();
	const add = (citation, fact) => {
		if (!citation || !citation.sentence) {
			return;
		}
		const key = `${citation.documentId}\u0000${citation.sentence}`;
		if (!bySentence.has(key)) {
			bySentence.set(key, { ...citation, facts: [] });
		}
		bySentence.get(key).facts.push(fact);
	};
	for (const link of entity.relationships) {
		for (const citation of link.evidence) {
			add(citation, `${link.type} ${ARROWS[link.direction] ?? '—'} ${link.other.name}`);
		}
	}
	for (const measure of entity.measures) {
		add(measure.evidence, measureText(measure));
	}
	return [...bySentence.values()];
}

function quote(sentence, words) {
	return el('blockquote', { lang: 'zh' }, highlighted(sentence, words));
}

function evidenceItem(item, words, titles) {
	return el('li', { className: 'evidence' }, quote(item.sentence, words),
		el('p', { className: 'cite' }, item.facts.join('；'), ' · ', documentLink(item.documentId, titles.get(item.documentId))));
}

/** Shows an entity: kind, names, properties, evidence sentences, linked entities, measures, documents. */
export function showEntity(panel, entity) {
	const words = [entity.name, ...entity.aliases];
	const titles = new Map(entity.documents.map((doc) => [doc.documentId, doc.title]));
	const evidence = evidenceOf(entity);
	fill(panel, 
		...heading(entity.name, badge(entity.type), entity.aliases.length ? ` also written ${entity.aliases.join('、')}` : ''),
		definitions(Object.entries(entity.properties)),
		el('section', { className: 'evidence-list' }, el('h3', {}, `Evidence (${evidence.length})`),
			evidence.length ? el('ol', { className: 'plain' }, evidence.map((item) => evidenceItem(item, words, titles)))
				: el('p', { className: 'muted' }, 'No relationship or measure of this entity was stated in a sentence.')),
		section('Linked entities', entity.relationships.map((link) => el('li', {}, el('span', { className: 'rel' },
			`${link.type} ${ARROWS[link.direction] ?? '—'}`), ' ', entityLink(link.other), ' ', badge(link.other.type))), 'None.'),
		section('Measures', entity.measures.map((measure) => el('li', {},
			el('a', { href: hashFor('measure', measure.id) }, measureText(measure)))), 'None.'),
		section('Documents', entity.documents.map((doc) => el('li', {}, documentLink(doc.documentId, doc.title),
			el('span', { className: 'muted' }, ` ${doc.count}×`, doc.aliases.length ? ` as ${doc.aliases.join('、')}` : ''))), 'None.'));
}

/** Shows a document: header facts, its measures and relations with their sentences, and the entities it mentions. */
export function showDocument(panel, detail) {
	const doc = detail.document;
	const aliases = new Map(detail.entities.map((entity) => [entity.id, [entity.name, ...entity.aliases]]));
	const namesOf = (...refs) => refs.flatMap((ref) => aliases.get(ref.id) ?? [ref.name]);
	fill(panel, 
		...heading(doc.title || doc.id, badge('Document'), ' ', el('a', { href: documentUrl(doc.id) }, 'JSON')),
		definitions([['id', doc.id], ['agency', doc.agency], ['number', doc.docNumber], ['date', doc.date],
			['suggestion', doc.suggestionNo], ['delegate', doc.delegate], ['session', doc.session], ['imported', doc.importedAt]]),
		section('Measures', detail.measures.map((measure) => el('li', { className: 'evidence' },
			el('p', {}, el('a', { href: hashFor('measure', measure.id) }, measureText(measure)), ' for ',
				measure.targets.flatMap((target, i) => [i ? '、' : '', entityLink(target)])),
			measure.evidence?.sentence ? quote(measure.evidence.sentence, namesOf(...measure.targets)) : '')), 'None.'),
		section('Relations', detail.relations.map((relation) => el('li', { className: 'evidence' },
			el('p', {}, entityLink(relation.source), ` ${relation.type} → `, entityLink(relation.target)),
			relation.evidence?.sentence ? quote(relation.evidence.sentence, namesOf(relation.source, relation.target)) : '')), 'None.'),
		section('Entities', detail.entities.map((entity) => el('li', { className: 'inline' },
			entityLink(entity), ' ', badge(entity.type))), 'None.'));
}

/** Shows a measure found in its document's detail, with the clause that states it. */
export function showMeasure(panel, measure, detail) {
	const names = measure.targets.map((target) => target.name);
	fill(panel, 
		...heading(measureText(measure), badge('Measure')),
		definitions([['id', measure.id], ['instrument', measure.instrument], ['amount', yuan(measure.amountYuan)],
			['rate', measure.ratePercent != null ? `${measure.ratePercent}%` : null]]),
		section('For', measure.targets.map((target) => el('li', {}, entityLink(target), ' ', badge(target.type))), 'No target.'),
		el('section', { className: 'evidence-list' }, el('h3', {}, 'Evidence'),
			measure.evidence?.sentence ? quote(measure.evidence.sentence, names) : el('p', { className: 'muted' }, 'No sentence.'),
			el('p', { className: 'cite' }, documentLink(detail.document.id, detail.document.title))));
}

/** Shows a short message in the panel, such as an error. */
export function showMessage(panel, title, text) {
	fill(panel, el('h2', { id: 'panel-heading' }, title), el('p', { className: 'muted' }, text));
}
