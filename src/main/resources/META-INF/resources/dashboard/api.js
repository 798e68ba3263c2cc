// Talking to the service's REST API (/api/v1); URLs are relative so a root path keeps working.

/** The event filters of GET /api/v1/events that the dashboard passes on, in URL order. */
export const FILTER_KEYS = [
  'from', 'to', 'match', 'country', 'actor', 'topic', 'type', 'source', 'corroboration', 'q',
];

/** Export formats of GET /api/v1/events (format= parameter); json is the API's own body. */
export const EXPORT_FORMATS = ['json', 'csv', 'ics', 'jsonld', 'timelinejs'];

/** Most events the timeline loads by following cursors. */
export const EVENT_CAP = 1000;
const PAGE_SIZE = 500;

/** An error answer of the API, with the problem's detail when it sent one. */
export class ApiError extends Error {
  constructor(status, detail) {
    super(detail || `The service answered ${status}.`);
    this.status = status;
  }
}

/** URLSearchParams holding only the filters (each may repeat) of a filter map. */
export function filterParams(filters) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    for (const value of filters[key] || []) {
      if (value !== '') params.append(key, value);
    }
  }
  return params;
}

export function apiUrl(path, params) {
  const query = params && params.toString();
  return `api/v1/${path}${query ? `?${query}` : ''}`;
}

/** The link to the filtered events in one export format. */
export function exportUrl(filters, format) {
  const params = filterParams(filters);
  if (format !== 'json') params.set('format', format);
  return apiUrl('events', params);
}

/** The body of a successful answer; an ApiError with the problem's detail otherwise. */
async function jsonOf(response) {
  if (!response.ok) {
    let detail = null;
    try {
      const problem = await response.json();
      detail = problem.errors && problem.errors.length
        ? problem.errors.map((e) => `${e.field}: ${e.message}`).join('; ')
        : problem.detail || problem.title;
    } catch (ignored) {
      // Not a problem document: the status says enough.
    }
    throw new ApiError(response.status, detail);
  }
  return response.json();
}

export async function getJson(path, params, signal) {
  const response = await fetch(apiUrl(path, params), {
    headers: { Accept: 'application/json' },
    signal,
  });
  return jsonOf(response);
}

/** Filters that take one value in POST /api/v1/snapshots; the others are lists. */
const SINGLE_FILTERS = ['from', 'to', 'match', 'q'];

/** Takes a citable snapshot of the filtered events (POST /api/v1/snapshots). */
export async function createSnapshot(filters) {
  const body = {};
  for (const key of FILTER_KEYS) {
    const values = (filters[key] || []).filter((value) => value !== '');
    if (SINGLE_FILTERS.includes(key)) {
      if (values.length) body[key] = values[0];
    } else if (values.length) {
      body[key] = values;
    }
  }
  const response = await fetch(apiUrl('snapshots'), {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return jsonOf(response);
}

/**
 * Every event that matches, following the `next` cursors, up to EVENT_CAP.
 * Answers {items, capped}.
 */
export async function loadEvents(filters, signal) {
  const items = [];
  let cursor = null;
  do {
    const params = filterParams(filters);
    params.set('limit', String(Math.min(PAGE_SIZE, EVENT_CAP - items.length)));
    if (cursor) params.set('cursor', cursor);
    const page = await getJson('events', params, signal);
    items.push(...page.items);
    cursor = page.next;
  } while (cursor && items.length < EVENT_CAP);
  return { items, capped: Boolean(cursor) };
}

export function loadHistogram(filters, interval, signal) {
  const params = filterParams(filters);
  params.set('interval', interval);
  return getJson('timeline/histogram', params, signal);
}

export async function loadVocabulary(name) {
  const body = await getJson(name);
  return body.items;
}

export async function searchActors(text, signal) {
  const params = new URLSearchParams({ q: text });
  const body = await getJson('actors', params, signal);
  return body.items;
}

const sources = new Map();

/** A source with its formatted reference; each is fetched once per page. */
export function loadSource(id) {
  if (!sources.has(id)) {
    const request = getJson(`sources/${encodeURIComponent(id)}`);
    request.catch(() => sources.delete(id));
    sources.set(id, request);
  }
  return sources.get(id);
}
