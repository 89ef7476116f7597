// Builds the page's DOM. Text from the API (names, sentences, titles come from documents) only ever enters as text
// nodes or attribute values, never as HTML, so a name like <img onerror=…> shows as the characters it is.

/**
 * Creates an element: attrs set attributes (class, on<event> listeners, booleans), children are nodes or text.
 */
export function el(tag, attrs = {}, ...children) {
	const node = document.createElement(tag);
	for (const [key, value] of Object.entries(attrs)) {
		if (value == null || value === false) {
			continue;
		}
		if (key.startsWith('on')) {
			node.addEventListener(key.slice(2), value);
		}
		else {
			node.setAttribute(key === 'className' ? 'class' : key, value === true ? '' : String(value));
		}
	}
	for (const child of children.flat()) {
		if (child != null && child !== false) {
			node.append(child instanceof Node ? child : String(child));
		}
	}
	return node;
}

/** Splits text into plain runs and <mark> elements around every occurrence of the words, longest word first. */
export function highlighted(text, words) {
	const wanted = [...new Set(words.filter((word) => word && word.length > 0))].sort((a, b) => b.length - a.length);
	const parts = [];
	let plain = '';
	let i = 0;
	while (i < text.length) {
		const word = wanted.find((candidate) => text.startsWith(candidate, i));
		if (word) {
			parts.push(plain, el('mark', {}, word));
			plain = '';
			i += word.length;
		}
		else {
			plain += text[i];
			i += 1;
		}
	}
	parts.push(plain);
	return parts.filter((part) => part !== '');
}

/** Escapes text for the few library APIs that take HTML strings (ECharts tooltips). */
export function escapeHtml(text) {
	return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Formats yuan the way the documents write amounts: 万元 when whole ten-thousands. */
export function yuan(amount) {
	if (amount == null) {
		return '';
	}
	return amount > 0 && amount % 10000 === 0
		? `${(amount / 10000).toLocaleString('zh-CN')}万元` : `${amount.toLocaleString('zh-CN')}元`;
}

/** The location hash for an item: #entity=…, #document=… or #measure=…. */
export function hashFor(kind, id) {
	return `#${new URLSearchParams({ [kind]: id })}`;
}
