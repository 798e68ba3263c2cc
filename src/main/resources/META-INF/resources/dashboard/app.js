// The dashboard: filters kept in the URL, a histogram, the visual timeline, the list and details.
import {
  EVENT_CAP, EXPORT_FORMATS, FILTER_KEYS, exportUrl, filterParams, getJson, loadEvents,
  loadHistogram, loadVocabulary, searchActors,
} from './api.js';
import { hideCitation, setUpCitation } from './cite.js';
import { DAY, dayValue, h } from './dom.js';
import { renderDetails } from './details.js';
import { renderHistogram } from './histogram.js';
import { renderTimeline } from './timeline.js';

const form = document.getElementById('filters');
const statusLine = document.getElementById('status');
const errorBox = document.getElementById('error');
const list = document.getElementById('event-list');
const countBadge = document.getElementById('event-count');
const details = document.getElementById('event-details');
const timeline = document.getElementById('timeline');
const histogram = document.getElementById('histogram');
const extraFilters = document.getElementById('extra-filters');

// Form fields that take several values separated by commas; selects take one.
const LIST_FIELDS = ['country', 'actor'];
const SELECT_FIELDS = ['match', 'topic', 'type', 'corroboration'];
const TEXT_FIELDS = ['from', 'to', 'q'];

const state = {
  filters: {},
  interval: 'year',
  selected: null,
  events: [],
  counts: [],
  vocabularies: { topics: new Map(), types: new Map(), roles: new Map() },
};
let loading = null;

// ---- URL and form ----------------------------------------------------------------------------

function readUrl() {
  const params = new URLSearchParams(window.location.search);
  state.filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, params.getAll(key)]));
  state.interval = params.get('interval') === 'month' ? 'month' : 'year';
  state.selected = params.get('event');
}

function urlFor(filters, interval, selected) {
  const params = filterParams(filters);
  if (interval === 'month') params.set('interval', 'month');
  if (selected) params.set('event', selected);
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}`;
}

function writeUrl(push) {
  const url = urlFor(state.filters, state.interval, state.selected);
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** Values the form cannot show (a second topic, a source) stay as removable chips. */
function extraValues(filters) {
  const extras = [];
  for (const value of filters.source || []) extras.push(['source', value]);
  for (const key of SELECT_FIELDS) {
    for (const value of (filters[key] || []).slice(1)) extras.push([key, value]);
  }
  return extras;
}

function fillForm() {
  const { filters } = state;
  for (const key of TEXT_FIELDS) form.elements[key].value = (filters[key] || [])[0] || '';
  for (const key of LIST_FIELDS) form.elements[key].value = (filters[key] || []).join(', ');
  for (const key of SELECT_FIELDS) {
    const select = form.elements[key];
    const value = (filters[key] || [])[0] || '';
    if (value && ![...select.options].some((o) => o.value === value)) {
      select.append(h('option', { value }, value));
    }
    select.value = value;
  }
  document.getElementById(`interval-${state.interval}`).checked = true;
  const extras = extraValues(filters);
  extraFilters.hidden = extras.length === 0;
  extraFilters.replaceChildren(
    extras.length ? 'Also filtered by: ' : '',
    ...extras.map(([key, value]) => h('button', {
      type: 'button', class: 'chip', 'aria-label': `Remove the filter ${key} ${value}`,
      onclick: () => {
        state.filters[key] = state.filters[key].filter((v, i) => !(v === value && (key === 'source' || i > 0)));
        apply(true);
      },
    }, `${key}: ${value} ×`)),
  );
}

function readForm() {
  const filters = {};
  for (const key of TEXT_FIELDS) {
    const value = form.elements[key].value.trim();
    filters[key] = value ? [value] : [];
  }
  for (const key of LIST_FIELDS) {
    filters[key] = form.elements[key].value.split(',').map((v) => v.trim()).filter(Boolean);
  }
  filters.country = filters.country.map((c) => c.toUpperCase());
  const extras = extraValues(state.filters);
  for (const key of SELECT_FIELDS) {
    const value = form.elements[key].value;
    filters[key] = [value, ...extras.filter(([k]) => k === key).map(([, v]) => v)].filter(Boolean);
  }
  filters.source = state.filters.source || [];
  return filters;
}

// ---- Loading and drawing ---------------------------------------------------------------------

function setStatus(text, stateName) {
  statusLine.textContent = text;
  statusLine.dataset.state = stateName;
}

function showError(message) {
  errorBox.hidden = !message;
  errorBox.textContent = message || '';
}

/** The filter's date range in milliseconds, for shading it on the timeline. */
function filterRange() {
  const bound = (value, end) => {
    if (!value || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return null;
    const [year, month, day] = value.split('-');
    if (!end) return dayValue(`${year}-${month || '01'}-${day || '01'}`);
    if (day) return dayValue(value) + DAY;
    if (month) return dayValue(Number(month) === 12 ? `${Number(year) + 1}-01-01` : `${year}-${String(Number(month) + 1).padStart(2, '0')}-01`);
    return dayValue(`${Number(year) + 1}-01-01`);
  };
  return { from: bound((state.filters.from || [])[0], false), to: bound((state.filters.to || [])[0], true) };
}

function updateExports() {
  for (const format of EXPORT_FORMATS) {
    document.getElementById(`export-${format}`).href = exportUrl(state.filters, format);
  }
}

function drawHistogram() {
  document.getElementById('interval-name').textContent = state.interval;
  renderHistogram(histogram, state.counts, state.interval,
    (period) => urlFor({ ...state.filters, from: [period], to: [period] }, state.interval, null),
    (period, event) => {
      event.preventDefault();
      state.filters = { ...state.filters, from: [period], to: [period] };
      state.selected = null;
      apply(true);
    });
}

function drawTimeline() {
  renderTimeline(timeline, state.events, filterRange(), state.selected, (id) => selectEvent(id, true));
}

function drawList(capped, total) {
  list.replaceChildren(...state.events.map((event) => h('li', { 'data-event-id': event.id },
    h('button', {
      type: 'button', class: 'event-button',
      'aria-current': event.id === state.selected ? 'true' : null,
      onclick: () => selectEvent(event.id, true),
    },
    h('span', { class: 'event-date' }, event.date.display),
    h('span', { class: 'event-title' }, event.title),
    h('span', { class: 'event-meta' },
      [state.vocabularies.types.get(event.type) || event.type, event.countries.join(', ')].join(' · '))))));
  if (state.events.length === 0) {
    list.append(h('li', { class: 'placeholder' }, 'No events match these filters.'));
  }
  countBadge.textContent = capped ? `(first ${state.events.length} of ${total})` : `(${state.events.length})`;
}

async function load() {
  if (loading) loading.abort();
  const controller = new AbortController();
  loading = controller;
  setStatus('Loading events…', 'loading');
  showError(null);
  updateExports();
  hideCitation();
  try {
    const [events, counts] = await Promise.all([
      loadEvents(state.filters, controller.signal),
      loadHistogram(state.filters, state.interval, controller.signal),
    ]);
    if (controller.signal.aborted) return;
    state.events = events.items;
    state.counts = counts;
    const total = counts.reduce((sum, c) => sum + c.count, 0);
    drawList(events.capped, total);
    drawHistogram();
    drawTimeline();
    if (state.selected) await showDetails(state.selected, false);
    else resetDetails();
    setStatus(events.capped
      ? `Showing the first ${state.events.length} of ${total} events (the timeline loads at most ${EVENT_CAP}).`
      : `${state.events.length} event${state.events.length === 1 ? '' : 's'} match.`, 'ready');
  } catch (error) {
    if (error.name === 'AbortError') return;
    setStatus('The events could not be loaded.', 'error');
    showError(error.message);
  } finally {
    if (loading === controller) loading = null;
  }
}

async function reloadHistogram() {
  try {
    state.counts = await loadHistogram(state.filters, state.interval);
    drawHistogram();
  } catch (error) {
    showError(error.message);
  }
}

function resetDetails() {
  details.replaceChildren(
    h('h2', { id: 'details-heading' }, 'Details'),
    h('p', { class: 'placeholder' }, 'Choose an event in the list or the timeline to see its details and sources.'),
  );
}

async function showDetails(id, focus) {
  for (const button of list.querySelectorAll('.event-button')) {
    if (button.parentElement.dataset.eventId === id) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
  for (const g of timeline.querySelectorAll('.tl-event')) {
    const selected = g.dataset.eventId === id;
    g.classList.toggle('tl-selected', selected);
    g.setAttribute('aria-selected', String(selected));
  }
  let event = state.events.find((e) => e.id === id);
  try {
    // An event outside the loaded ones (a shared link, a related event) is fetched by id.
    if (!event) event = await getJson(`events/${encodeURIComponent(id)}`);
  } catch (error) {
    showError(`The event ${id} could not be loaded: ${error.message}`);
    return;
  }
  renderDetails(details, event, state.vocabularies, (related) => selectEvent(related, true));
  details.dataset.eventId = id;
  if (focus) {
    const wide = window.matchMedia('(min-width: 60rem)').matches;
    details.focus({ preventScroll: wide });
  }
}

function selectEvent(id, focus) {
  state.selected = id;
  writeUrl(false);
  showDetails(id, focus);
}

function apply(push) {
  writeUrl(push);
  fillForm();
  load();
}

// ---- Wiring ----------------------------------------------------------------------------------

form.addEventListener('submit', (event) => {
  event.preventDefault();
  state.filters = readForm();
  state.selected = null;
  apply(true);
});

document.getElementById('reset').addEventListener('click', () => {
  state.filters = {};
  state.selected = null;
  apply(true);
});

for (const radio of form.ownerDocument.querySelectorAll('input[name="interval"]')) {
  radio.addEventListener('change', () => {
    state.interval = radio.value;
    writeUrl(false);
    reloadHistogram();
  });
}

window.addEventListener('popstate', () => {
  readUrl();
  fillForm();
  load();
});

// Actor search: suggestions from GET /api/v1/actors?q= as the user types.
const actorInput = form.elements.actor;
const actorOptions = document.getElementById('actor-options');
let actorTimer = null;
let actorSearch = null;
actorInput.addEventListener('input', () => {
  clearTimeout(actorTimer);
  const text = actorInput.value.split(',').pop().trim();
  if (text.length < 2) return;
  actorTimer = setTimeout(async () => {
    if (actorSearch) actorSearch.abort();
    actorSearch = new AbortController();
    try {
      const actors = await searchActors(text, actorSearch.signal);
      actorOptions.replaceChildren(...actors.map((a) => h('option', {
        value: a.id, label: a.acronym ? `${a.name} (${a.acronym})` : a.name,
      })));
    } catch (ignored) {
      // Suggestions are a convenience; the filter works without them.
    }
  }, 250);
});

// Redraw the SVGs to the new width when the layout changes.
let resizeTimer = null;
let drawnWidth = '';
const resizeObserver = new ResizeObserver(() => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    const width = `${timeline.clientWidth}x${histogram.clientWidth}`;
    if (width === drawnWidth) return;
    drawnWidth = width;
    if (state.counts.length || state.events.length) {
      drawHistogram();
      drawTimeline();
    }
  }, 150);
});
resizeObserver.observe(timeline);
resizeObserver.observe(histogram);

async function loadVocabularies() {
  const entries = [['topics', 'topics', 'topic'], ['event-types', 'types', 'type'], ['actor-roles', 'roles', null]];
  await Promise.all(entries.map(async ([path, name, field]) => {
    try {
      const terms = await loadVocabulary(path);
      state.vocabularies[name] = new Map(terms.map((t) => [t.code, t.label]));
      if (field) {
        const select = form.elements[field];
        const current = select.value;
        select.replaceChildren(select.options[0],
          ...terms.map((t) => h('option', { value: t.code }, t.label)));
        select.value = current;
      }
    } catch (ignored) {
      // Without labels the codes are shown.
    }
  }));
}

setUpCitation(document.getElementById('cite-view'), () => state.filters, showError);

readUrl();
fillForm();
loadVocabularies().then(() => {
  fillForm();
  load();
});
