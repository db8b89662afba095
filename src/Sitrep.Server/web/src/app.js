// Sitrep's page: map, timeline, event list, event panel, article reader and disputes board over the JSON API.
// The URL keeps the state (filters, brush, selected event, open article and span), so a view can be shared.
import './app.css';
import L from './leaflet-global.js';
import 'leaflet.markercluster';
import { feature } from 'topojson-client';
import { el, clear } from './dom.js';
import { drawTimeline } from './timeline.js';
import { renderArticle, flashSpan } from './reader.js';

const TYPE_COLOURS = {
  'Battles': '#c0392b',
  'Explosions/Remote violence': '#e67e22',
  'Violence against civilians': '#8e44ad',
  'Protests': '#2980b9',
  'Riots': '#16a085',
  'Strategic developments': '#5d6d7e',
};
const colour = (type) => TYPE_COLOURS[type] ?? '#34495e';
const SERVER_FILTERS = ['country', 'admin1', 'type', 'actor', 'source', 'min'];
const STATE_KEYS = [...SERVER_FILTERS, 'from', 'to', 'view', 'event', 'article', 'span'];
const FIELD_LABELS = {
  event_date: 'date', location: 'place', fatalities: 'deaths', actor1: 'actor 1', actor2: 'actor 2', assoc_actor_1: 'assoc. actor 1',
  assoc_actor_2: 'assoc. actor 2', reported_by: 'reported by', sub_event_type: 'type',
};

const $ = (id) => document.getElementById(id);
const state = Object.fromEntries(STATE_KEYS.map((k) => [k, new URLSearchParams(location.search).get(k) ?? '']));
let allEvents = [];
let map;
let cluster;
const markers = new Map();
const articleCache = new Map();

// ---- API ----
async function api(path) {
  const headers = { Accept: 'application/json' };
  const token = sessionStorage.getItem('sitrep-token');
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(path, { headers });
  if (response.status === 401) {
    $('token-form').hidden = false;
    throw new Error('This server needs an API token to read.');
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.detail ?? body?.title ?? `HTTP ${response.status}`);
  return body;
}

function setStatus(text) { $('status').textContent = text; }

function saveState() {
  const params = new URLSearchParams();
  for (const k of STATE_KEYS) if (state[k] && !(k === 'min' && state[k] === '0')) params.set(k, state[k]);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

// ---- filters ----
function fillSelect(select, values, current) {
  for (const v of values) {
    if (typeof v === 'object' && v.group) {
      const group = el('optgroup', { label: v.group });
      for (const o of v.options) group.append(el('option', { value: o.value }, o.label));
      select.append(group);
    } else select.append(el('option', { value: v }, v));
  }
  select.value = current;
  if (select.value !== current) { // a value from a shared link that this database does not have
    select.append(el('option', { value: current }, current));
    select.value = current;
  }
}

async function setUpFilters() {
  const facets = await api('/api/facets');
  fillSelect($('f-country'), facets.countries, state.country);
  fillSelect($('f-admin1'), facets.admin1.map((a) => ({ group: a.country, options: [{ value: a.admin1, label: a.admin1 }] })), state.admin1);
  fillSelect($('f-type'), facets.eventTypes.map((t) => ({
    group: t.eventType,
    options: [{ value: t.eventType, label: `${t.eventType} (all)` }, ...t.subEventTypes.map((s) => ({ value: s, label: s }))],
  })), state.type);
  fillSelect($('f-actor'), facets.actors, state.actor);
  fillSelect($('f-source'), facets.sources, state.source);
  $('f-min').value = state.min || '0';
  $('f-from').value = state.from;
  $('f-to').value = state.to;
  $('f-from').min = $('f-to').min = facets.from ?? '';
  $('f-from').max = $('f-to').max = facets.to ?? '';

  const ids = { country: 'f-country', admin1: 'f-admin1', type: 'f-type', actor: 'f-actor', source: 'f-source', min: 'f-min' };
  for (const [key, id] of Object.entries(ids)) {
    $(id).addEventListener('change', () => { state[key] = $(id).value; saveState(); loadEvents(); });
  }
  for (const key of ['from', 'to']) {
    $(`f-${key}`).addEventListener('change', () => { state[key] = $(`f-${key}`).value; saveState(); showEvents(); });
  }
  $('f-reset').addEventListener('click', () => {
    for (const k of [...SERVER_FILTERS, 'from', 'to']) state[k] = '';
    for (const id of [...Object.values(ids), 'f-from', 'f-to']) $(id).value = '';
    $('f-min').value = '0';
    saveState();
    loadEvents();
  });
}

// ---- map ----
async function setUpMap() {
  map = L.map('map', { worldCopyJump: true, minZoom: 2, maxZoom: 10, zoomSnap: 0.5 }).setView([25, 20], 3);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Basemap: Natural Earth via world-atlas');
  cluster = L.markerClusterGroup({
    maxClusterRadius: 36,
    showCoverageOnHover: false,
    iconCreateFunction: (c) => {
      const n = c.getChildCount();
      const size = 24 + Math.min(20, Math.round(Math.sqrt(n) * 4));
      return L.divIcon({ html: el('span', {}, String(n)), className: 'cluster', iconSize: L.point(size, size) });
    },
  });
  map.addLayer(cluster);
  try {
    const world = await (await fetch('/assets/countries-50m.json')).json();
    L.geoJSON(feature(world, world.objects.countries), {
      style: { color: '#8c8c80', weight: 0.6, fillColor: '#ecebe4', fillOpacity: 1 },
      interactive: false,
    }).addTo(map).bringToBack();
  } catch (e) {
    setStatus(`basemap not loaded: ${e.message}`);
  }
  const legend = $('legend');
  for (const [type, c] of Object.entries(TYPE_COLOURS)) {
    const swatch = el('span', { class: 'swatch' });
    swatch.style.background = c;
    legend.append(el('span', {}, swatch, type));
  }
  legend.append(el('span', { class: 'note' }, 'size: deaths'));
}

function radius(fatalities) { return 5 + Math.min(18, 2.2 * Math.sqrt(fatalities)); }

function renderMap(events, fit) {
  cluster.clearLayers();
  markers.clear();
  const located = events.filter((e) => e.latitude != null && e.longitude != null);
  for (const e of located) {
    const marker = L.circleMarker([e.latitude, e.longitude], {
      radius: radius(e.fatalities), color: '#fff', weight: 1.5, fillColor: colour(e.eventType), fillOpacity: 0.88,
      className: `event-marker event-${e.id}`,
    });
    // Tooltip content as a DOM node: Leaflet would parse a string as HTML.
    marker.bindTooltip(el('div', {}, el('strong', {}, e.subEventType), el('br'), `${e.date ?? 'undated'} · ${e.location ?? ''}`, el('br'),
      `${e.fatalities} killed · ${e.corroboration} source(s)`));
    marker.on('click', () => selectEvent(e.id));
    markers.set(e.id, marker);
    cluster.addLayer(marker);
  }
  if (fit && located.length) map.fitBounds(L.latLngBounds(located.map((e) => [e.latitude, e.longitude])).pad(0.3), { maxZoom: 7 });
}

// ---- events: load, brush, list ----
async function loadEvents(fit = true) {
  const params = new URLSearchParams({ limit: '10000', sort: 'date', order: 'asc' });
  for (const k of SERVER_FILTERS) if (state[k]) params.set(k === 'min' ? 'minSources' : k, state[k]);
  setStatus('loading…');
  try {
    allEvents = (await api(`/api/events?${params}`)).items;
  } catch (e) {
    setStatus(e.message);
    return;
  }
  showEvents(fit);
}

function inBrush(e) {
  if (!state.from && !state.to) return true;
  if (!e.date) return false;
  return (!state.from || e.date >= state.from) && (!state.to || e.date <= state.to);
}

function showEvents(fit = false) {
  const visible = allEvents.filter(inBrush);
  drawTimeline($('timeline-svg'), allEvents, state.from || state.to ? { from: state.from, to: state.to } : null, (range) => {
    state.from = range?.from ?? '';
    state.to = range?.to ?? '';
    $('f-from').value = state.from;
    $('f-to').value = state.to;
    saveState();
    showEvents();
  });
  renderMap(visible, fit);
  renderList(visible);
  document.body.dataset.visibleEvents = String(visible.length);
  setStatus(`${visible.length} of ${allEvents.length} event(s)`);
}

function renderList(events) {
  const body = clear($('event-list').tBodies[0]);
  for (const e of [...events].reverse()) {
    const dot = el('span', { class: 'dot' });
    dot.style.background = colour(e.eventType);
    body.append(el('tr', { class: `row${String(e.id) === state.event ? ' selected' : ''}`, dataset: { id: e.id, type: e.eventType }, onclick: () => selectEvent(e.id) },
      el('td', {}, e.date ?? '—'),
      el('td', {}, dot, e.subEventType),
      el('td', {}, [e.location, e.admin1, e.country].filter(Boolean).join(', ') || '—'),
      el('td', {}, [e.actor1, e.actor2].filter(Boolean).join(' vs ') || '—'),
      el('td', {}, String(e.fatalities)),
      el('td', {}, el('span', { class: `badge${e.corroboration > 1 ? ' strong' : ''}` }, String(e.corroboration)))));
  }
  if (events.length === 0) body.append(el('tr', {}, el('td', { colspan: 6, class: 'note' }, 'No events match the filters.')));
}

// ---- event panel ----
async function selectEvent(id) {
  state.event = String(id);
  saveState();
  document.querySelectorAll('#event-list tr.selected').forEach((r) => r.classList.remove('selected'));
  document.querySelector(`#event-list tr[data-id="${Number(id)}"]`)?.classList.add('selected');
  const marker = markers.get(Number(id));
  if (marker) cluster.zoomToShowLayer(marker, () => marker.openTooltip());
  const panel = $('event-panel');
  let detail;
  try {
    detail = await api(`/api/events/${Number(id)}`);
  } catch (e) {
    clear(panel).append(el('p', { class: 'note' }, e.message));
    return;
  }
  renderEvent(panel, detail);
}

function fieldButton(report, key, text) {
  const span = report.evidence[key] ?? (key === 'trigger' ? report.trigger : null);
  if (!span) return el('span', {}, text);
  return el('button', { class: 'field-link', type: 'button', dataset: { field: key, doc: report.documentId },
    title: 'Show where the article says this', onclick: () => openArticle(report.documentId, span) }, text);
}

function renderEvent(panel, { event: e, reports, disputes, disputesNote }) {
  clear(panel);
  panel.dataset.event = e.id;
  panel.append(el('h2', {}, `${e.subEventType} `, el('span', { class: 'badge' }, e.eventType)));
  panel.append(el('p', {},
    el('span', { class: `badge${e.corroboration > 1 ? ' strong' : ''}`, id: 'corroboration' }, `${e.corroboration} independent source(s)`), ' ',
    el('span', { class: 'badge' }, `${e.reports} report(s)`)));
  panel.append(el('dl', { class: 'fields' },
    el('dt', {}, 'date'), el('dd', {}, `${e.date ?? '—'}${e.timePrecision ? ` (time precision ${e.timePrecision})` : ''}`),
    el('dt', {}, 'place'), el('dd', {}, `${[e.location, e.admin1, e.country].filter(Boolean).join(', ') || '—'}${e.geoPrecision ? ` (geo precision ${e.geoPrecision})` : ''}`),
    el('dt', {}, 'actor 1'), el('dd', {}, e.actor1 ?? '—'),
    el('dt', {}, 'actor 2'), el('dd', {}, e.actor2 ?? '—'),
    el('dt', {}, 'deaths'), el('dd', {}, `${e.fatalities} (lowest reported)`)));

  panel.append(el('h3', {}, `Reports (${reports.length})`));
  for (const r of reports) {
    const fields = el('dl', { class: 'fields' });
    const row = (label, node) => fields.append(el('dt', {}, label), el('dd', {}, node));
    row('said', fieldButton(r, 'trigger', `“${r.triggerText}”`));
    row('type', fieldButton(r, 'sub_event_type', r.subEventType));
    row('date', fieldButton(r, 'event_date', r.date ?? '—'));
    row('place', fieldButton(r, 'location', [r.location, r.admin1, r.country].filter(Boolean).join(', ') || '—'));
    row('deaths', fieldButton(r, 'fatalities', String(r.fatalities)));
    if (r.actor1) row('actor 1', fieldButton(r, 'actor1', r.actor1));
    if (r.actor2) row('actor 2', fieldButton(r, 'actor2', r.actor2));
    if (r.reportedBy) row('reported by', fieldButton(r, 'reported_by', `${r.reportedBy}${r.hedged ? ' (hedged)' : ''}`));
    for (const key of Object.keys(r.evidence)) {
      if (!['event_date', 'location', 'fatalities', 'actor1', 'actor2', 'reported_by', 'sub_event_type'].includes(key)) {
        row(FIELD_LABELS[key] ?? key.replaceAll('_', ' '), fieldButton(r, key, 'show'));
      }
    }
    panel.append(el('div', { class: 'report', dataset: { doc: r.documentId } },
      el('header', {}, el('strong', {}, r.outlet ?? 'unknown outlet'), el('span', { class: 'meta' }, r.published ?? 'undated')),
      el('div', {}, el('button', { class: 'field-link open-article', type: 'button', onclick: () => openArticle(r.documentId, r.sentence) }, r.title ?? `article ${r.documentId}`),
        r.duplicateOf ? el('span', { class: 'badge' }, ` copy of ${r.duplicateOf}`) : null),
      fields));
  }

  panel.append(el('h3', {}, 'Disputes'));
  if (disputes.length === 0) panel.append(el('p', { class: 'note' }, disputesNote ?? 'This event is part of no dispute.'));
  for (const d of disputes) panel.append(renderDispute(d));
}

// ---- article reader ----
async function openArticle(id, span) {
  state.article = String(id);
  state.span = span ? `${span.start}-${span.end}` : '';
  saveState();
  const reader = $('reader');
  let article = articleCache.get(Number(id));
  if (!article) {
    try {
      article = await api(`/api/articles/${Number(id)}`);
    } catch (e) {
      clear(reader).append(el('p', { class: 'note' }, e.message));
      return;
    }
    articleCache.set(Number(id), article);
  }
  if (reader.dataset.article !== String(article.id)) {
    renderArticle(reader, article, {
      openEvent: (eventId) => { showView('map'); selectEvent(eventId); },
      openArticle: (other) => openArticle(other),
      flash: (s) => { state.span = `${s.start}-${s.end}`; saveState(); flashSpan(reader, s); },
    });
    reader.dataset.article = String(article.id);
  }
  if (span) flashSpan(reader, span);
  else reader.scrollIntoView({ block: 'start' });
}

// ---- disputes board ----
function renderDispute(d) {
  return el('div', { class: 'dispute', dataset: { key: d.key } },
    el('h3', {}, d.label, ' ', el('span', { class: 'badge' }, d.status)),
    el('div', { class: 'sides' }, d.sides.map((side) => el('div', { class: 'side' },
      el('strong', {}, side.label), side.polarity !== 'affirmed' ? el('span', { class: 'badge' }, ` ${side.polarity}`) : null,
      el('ul', {}, side.supporters.map((c) => el('li', {},
        el('button', { class: 'field-link', type: 'button', onclick: () => openArticle(c.documentId, c.evidence ?? c.content) },
          `${c.outlet ?? 'unknown outlet'}${c.published ? `, ${c.published}` : ''}`),
        `: ${c.sourceText ?? 'the author'} ${c.cueText}${c.hedged ? ' (hedged)' : ''} “${c.contentText}”`)))))),
    d.conflicts.length ? el('p', { class: 'note' }, d.conflicts.join('; ')) : null);
}

async function loadDisputes() {
  const board = clear($('disputes'));
  board.append(el('h2', {}, 'Disputes: propositions the sources disagree on'));
  let result;
  try {
    result = await api('/api/disputes');
  } catch (e) {
    board.append(el('p', { class: 'note' }, e.message));
    return;
  }
  if (result.items.length === 0) {
    board.append(el('p', { class: 'note', id: 'no-disputes' }, 'No disputes yet.'));
    if (result.note) board.append(el('p', { class: 'note' }, result.note));
  }
  for (const d of result.items) board.append(renderDispute(d));
}

function showView(view) {
  state.view = view === 'disputes' ? 'disputes' : '';
  saveState();
  const disputes = state.view === 'disputes';
  $('events-view').hidden = disputes;
  $('disputes-view').hidden = !disputes;
  $('filters').hidden = disputes;
  $('tab-map').setAttribute('aria-pressed', String(!disputes));
  $('tab-disputes').setAttribute('aria-pressed', String(disputes));
  if (disputes) loadDisputes();
  else map?.invalidateSize();
}

// ---- search ----
function snippet(text) {
  // FTS snippets mark matches with [ and ]; turn them into <mark> elements, the text staying text.
  return text.split(/(\[[^\]]*\])/).map((part) => (part.startsWith('[') && part.endsWith(']') ? el('mark', {}, part.slice(1, -1)) : part));
}

async function search(query) {
  const reader = clear($('reader'));
  delete reader.dataset.article;
  reader.append(el('h2', {}, `Search: ${query}`));
  try {
    const hits = await api(`/api/articles/search?q=${encodeURIComponent(query)}&limit=30`);
    if (hits.length === 0) reader.append(el('p', { class: 'note' }, 'No article matches.'));
    reader.append(el('ul', { class: 'search-results' }, hits.map((h) => el('li', {},
      el('button', { class: 'field-link', type: 'button', onclick: () => openArticle(h.article.id) }, h.article.title ?? `article ${h.article.id}`),
      el('div', { class: 'meta' }, [h.article.outlet, h.article.published].filter(Boolean).join(' · ')),
      el('div', { class: 'snippet' }, snippet(h.snippet))))));
  } catch (e) {
    reader.append(el('p', { class: 'note' }, e.message));
  }
}

// ---- start ----
async function start() {
  $('tab-map').addEventListener('click', () => showView('map'));
  $('tab-disputes').addEventListener('click', () => showView('disputes'));
  $('search').addEventListener('submit', (e) => { e.preventDefault(); const q = $('search-q').value.trim(); if (q) search(q); });
  $('token-form').addEventListener('submit', (e) => {
    e.preventDefault();
    sessionStorage.setItem('sitrep-token', $('token-input').value.trim());
    location.reload();
  });
  window.addEventListener('resize', () => showEvents());
  try {
    await setUpFilters();
  } catch (e) {
    setStatus(e.message);
    return;
  }
  await setUpMap();
  await loadEvents(true);
  if (state.event) await selectEvent(state.event);
  if (state.article) {
    const [a, b] = state.span.split('-').map(Number);
    await openArticle(state.article, Number.isFinite(a) && Number.isFinite(b) ? { start: a, end: b } : null);
  }
  showView(state.view);
  document.body.dataset.ready = 'true';
}

start();
