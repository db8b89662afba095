// The timeline: a histogram of events per day (per week over long ranges) with a brush. Hand-written SVG.
import { svg, clear } from './dom.js';

const DAY = 86400000;
const PAD = { left: 28, right: 10, top: 8, bottom: 18 };

export const toDay = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
export const toIso = (day) => new Date(day * DAY).toISOString().slice(0, 10);

/**
 * Draws the histogram of `events` (each with an ISO `date`) into `node`, shading the bins inside `range`
 * ({from, to} ISO dates or null). `onBrush` receives the brushed {from, to}, or null when the brush is cleared (a click without a drag).
 */
export function drawTimeline(node, events, range, onBrush) {
  clear(node);
  const days = events.filter((e) => e.date).map((e) => toDay(e.date));
  const width = node.clientWidth || node.parentNode.clientWidth || 600;
  const height = +node.getAttribute('height');
  if (days.length === 0) {
    const text = svg('text', { x: 10, y: 40, class: 'axis' });
    text.textContent = 'No dated events match the filters.';
    node.append(text);
    return;
  }

  const first = Math.min(...days);
  const last = Math.max(...days);
  const step = last - first > 120 ? 7 : 1;
  const start = first - ((first - 3) % step + step) % step; // weeks start on Monday (day 0 was a Thursday)
  const bins = Math.floor((last - start) / step) + 1;
  const counts = new Array(bins).fill(0);
  for (const d of days) counts[Math.floor((d - start) / step)]++;
  const max = Math.max(...counts);
  const plotWidth = width - PAD.left - PAD.right;
  const binWidth = plotWidth / bins;
  const plotHeight = height - PAD.top - PAD.bottom;
  const from = range?.from ? toDay(range.from) : -Infinity;
  const to = range?.to ? toDay(range.to) : Infinity;

  node.dataset.bins = String(bins);
  node.dataset.step = step === 7 ? 'week' : 'day';
  counts.forEach((count, i) => {
    const binStart = start + i * step;
    const h = count === 0 ? 0 : Math.max(2, (count / max) * plotHeight);
    const inside = binStart + step - 1 >= from && binStart <= to;
    const rect = svg('rect', {
      x: PAD.left + i * binWidth + 1, y: PAD.top + plotHeight - h, width: Math.max(1, binWidth - 2), height: h,
      class: 'bar' + (inside && range ? ' in' : ''), 'data-date': toIso(binStart), 'data-count': count,
    });
    const title = svg('title');
    title.textContent = `${toIso(binStart)}${step === 7 ? ' (week)' : ''}: ${count} event(s)`;
    rect.append(title);
    node.append(rect);
  });

  const labels = Math.min(bins, Math.max(2, Math.floor(plotWidth / 80)));
  for (let k = 0; k < labels; k++) {
    const i = Math.round((k * (bins - 1)) / Math.max(1, labels - 1));
    const label = svg('text', { x: PAD.left + i * binWidth + binWidth / 2, y: height - 4, 'text-anchor': 'middle', class: 'axis' });
    label.textContent = toIso(start + i * step).slice(5);
    node.append(label);
  }
  const top = svg('text', { x: PAD.left - 4, y: PAD.top + 8, 'text-anchor': 'end', class: 'axis' });
  top.textContent = String(max);
  node.append(top);

  const brush = svg('rect', { class: 'brush', y: PAD.top, height: plotHeight, x: 0, width: 0, visibility: 'hidden' });
  node.append(brush);
  if (range && (range.from || range.to)) {
    const a = Math.max(0, (Math.max(from, start) - start) / step);
    const b = Math.min(bins, (Math.min(to, last) - start) / step + 1);
    if (b > a) {
      brush.setAttribute('x', PAD.left + a * binWidth);
      brush.setAttribute('width', (b - a) * binWidth);
      brush.setAttribute('visibility', 'visible');
    }
  }

  const dayAt = (x) => start + Math.floor(Math.min(bins - 1e-9, Math.max(0, (x - PAD.left) / binWidth))) * step;
  const localX = (event) => event.clientX - node.getBoundingClientRect().left;
  let anchor = null;
  node.onpointerdown = (event) => {
    anchor = localX(event);
    node.setPointerCapture(event.pointerId);
    brush.setAttribute('x', anchor);
    brush.setAttribute('width', 0);
    brush.setAttribute('visibility', 'visible');
  };
  node.onpointermove = (event) => {
    if (anchor === null) return;
    const x = localX(event);
    brush.setAttribute('x', Math.min(anchor, x));
    brush.setAttribute('width', Math.abs(x - anchor));
  };
  node.onpointerup = (event) => {
    if (anchor === null) return;
    const x = localX(event);
    const moved = Math.abs(x - anchor);
    const a = dayAt(Math.min(anchor, x));
    const b = dayAt(Math.max(anchor, x)) + step - 1;
    anchor = null;
    // A click without a drag clears the brush; a drag selects the days it covers.
    onBrush(moved < 4 ? null : { from: toIso(a), to: toIso(b) });
  };
  node.ondblclick = () => onBrush(null);
}
