// The industry × instrument coverage matrix (GET /api/coverage?rows=industry&cols=instrument) as an ECharts heat map,
// with the same numbers as a table for screen readers. A server without that endpoint gets a note, not an error.

import { ApiError } from './api.js';
import { el, escapeHtml, yuan } from './dom.js';

/** The tooltip of a cell; ECharts takes it as HTML, so the names are escaped. */
function tooltip(matrix, [col, row, measures, amountYuan]) {
	return `${escapeHtml(matrix.rowKeys[row])} × ${escapeHtml(matrix.colKeys[col])}<br>`
		+ `${measures} measure${measures === 1 ? '' : 's'}${amountYuan ? `, ${escapeHtml(yuan(amountYuan))}` : ''}`;
}

function option(matrix, fontFamily) {
	const rowIndex = new Map(matrix.rowKeys.map((key, i) => [key, i]));
	const colIndex = new Map(matrix.colKeys.map((key, i) => [key, i]));
	const rowTotals = new Map(matrix.rowTotals.map((total) => [total.key, total.measures]));
	const data = matrix.cells.filter((cell) => rowIndex.has(cell.row) && colIndex.has(cell.col))
		.map((cell) => [colIndex.get(cell.col), rowIndex.get(cell.row), cell.measures, cell.amountYuan]);
	return {
		textStyle: { fontFamily },
		grid: { left: 8, right: 16, top: 8, bottom: 64, containLabel: true },
		tooltip: { formatter: ({ value }) => tooltip(matrix, value) },
		xAxis: {
			type: 'category', data: matrix.colKeys, position: 'top', splitArea: { show: true },
			axisLabel: { interval: 0, rotate: matrix.colKeys.length > 8 ? 30 : 0 },
		},
		yAxis: {
			type: 'category', data: matrix.rowKeys, inverse: true, splitArea: { show: true }, triggerEvent: true,
			axisLabel: { interval: 0, formatter: (key) => `${key} (${rowTotals.get(key) ?? 0})` },
		},
		// dimension 2: colour by the number of measures, not by the amount that rides along as dimension 3
		visualMap: {
			dimension: 2, min: 0, max: Math.max(1, ...data.map((cell) => cell[2])), calculable: true,
			orient: 'horizontal', left: 'center', bottom: 8, text: ['more', 'fewer measures'],
			inRange: { color: ['#fff4e6', '#ffa94d', '#d9480f'] },
		},
		series: [{
			type: 'heatmap', data, label: { show: true },
			emphasis: { itemStyle: { borderColor: '#212529', borderWidth: 1 } },
		}],
	};
}

function table(matrix) {
	const count = new Map(matrix.cells.map((cell) => [`${cell.row}\u0000${cell.col}`, cell.measures]));
	return el('details', { className: 'coverage-table' }, el('summary', {}, 'Show as a table'),
		el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'industry'),
			matrix.colKeys.map((col) => el('th', { scope: 'col', lang: 'zh' }, col)))),
		el('tbody', {}, matrix.rowKeys.map((row) => el('tr', {}, el('th', { scope: 'row', lang: 'zh' }, row),
			matrix.colKeys.map((col) => el('td', {}, count.get(`${row}\u0000${col}`) ?? '')))))));
}

function note(container, state, text) {
	container.dataset.state = state;
	container.replaceChildren(el('p', { className: 'note' }, text));
}

/** Loads the matrix into the container; a click on an industry's row or cell calls onIndustry(name). */
export async function showCoverage(container, load, fontFamily, onIndustry) {
	let matrix;
	try {
		matrix = await load();
	}
	catch (error) {
		const missing = error instanceof ApiError && error.status === 404;
		note(container, missing ? 'unavailable' : 'error', missing
			? 'Coverage not available: this server does not offer /api/coverage.'
			: `Coverage could not be loaded: ${error.message}`);
		return null;
	}
	if (!matrix.rowKeys.length || !matrix.colKeys.length) {
		note(container, 'empty', 'No quantified measures in the graph yet.');
		return null;
	}
	const canvas = el('div', { className: 'heatmap', role: 'img', 'aria-label': `Heat map of ${matrix.total.measures} measures over `
		+ `${matrix.rowKeys.length} industries and ${matrix.colKeys.length} instruments; the table below holds the same numbers` });
	canvas.style.height = `${Math.max(260, matrix.rowKeys.length * 28 + 120)}px`;
	container.replaceChildren(canvas, table(matrix));
	const chart = echarts.init(canvas);
	chart.setOption(option(matrix, fontFamily));
	chart.on('click', (event) => {
		const row = event.componentType === 'yAxis' ? event.value : matrix.rowKeys[event.value?.[1]];
		// '(none)' and the like collect measures without an industry: there is no entity to open
		if (row && !/^\(.*\)$/.test(row)) {
			onIndustry(row);
		}
	});
	container.dataset.state = 'ready';
	return chart;
}
