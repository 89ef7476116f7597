// Calls the PolicyGraph JSON API. Ids travel percent-encoded: in query parameters through URLSearchParams, in paths
// through encodeURIComponent, so Chinese names and the ':' and '#' of entity and measure ids arrive intact.

/** An HTTP error answered with an RFC 9457 problem detail (or without one). */
export class ApiError extends Error {

	constructor(status, detail) {
		super(detail);
		this.status = status;
	}

}

async function getJson(path, params = {}) {
	const url = new URL(path, document.baseURI);
	for (const [key, value] of Object.entries(params)) {
		url.searchParams.set(key, value);
	}
	const response = await fetch(url, { headers: { Accept: 'application/json' } });
	if (!response.ok) {
		throw new ApiError(response.status, await problemDetail(response));
	}
	return response.json();
}

async function problemDetail(response) {
	try {
		const problem = await response.json();
		return problem.detail || problem.title || `HTTP ${response.status}`;
	}
	catch {
		return `HTTP ${response.status} ${response.statusText}`;
	}
}

/** The address of a document's JSON, for links. */
export function documentUrl(id) {
	return `api/documents/${encodeURIComponent(id)}`;
}

export const api = {
	search: (q) => getJson('api/search', { q, limit: 15 }),
	neighbourhood: (id) => getJson('api/graph/neighbourhood', { id, depth: 1, limit: 60 }),
	entity: (id) => getJson(`api/entities/${encodeURIComponent(id)}`),
	document: (id) => getJson(documentUrl(id)),
	coverage: () => getJson('api/coverage', { rows: 'industry', cols: 'instrument' }),
};
