// The article reader: the clean body with every annotated span highlighted, reader comments apart, boilerplate
// hidden but viewable. Text goes in as text nodes only.
import { el, clear, safeLink } from './dom.js';

export const KINDS = ['date', 'quantity', 'actor', 'place', 'event', 'claim'];

/** Every offset where a highlight or an evidence span starts or ends, so each can be flashed exactly. */
function boundaries(article) {
  const points = new Set();
  const add = (s) => { if (s) { points.add(s.start); points.add(s.end); } };
  article.spans.forEach(add);
  for (const e of article.events) { add(e.trigger); add(e.sentence); Object.values(e.evidence).forEach(add); }
  for (const c of article.claims) { add(c.source); add(c.cue); add(c.content); }
  return points;
}

/**
 * Renders `article` into `node`. `actions.openEvent(id)` follows an event coded in it to its linked event;
 * `actions.flash(span)` is called when a listed claim or event is clicked.
 */
export function renderArticle(node, article, actions) {
  clear(node);
  const meta = [article.outlet, article.published, article.author && `by ${article.author}`].filter(Boolean).join(' · ');
  node.append(el('h2', { id: 'article-title' }, article.title ?? '(untitled)'));
  node.append(el('div', { class: 'meta' }, meta,
    article.publishedEvidence ? el('span', { title: 'the text the date was read from' }, ` (date read from “${article.publishedEvidence}”)`) : null));
  if (article.url) node.append(el('div', { class: 'meta' }, safeLink(article.url)));
  if (article.link?.duplicateOf) {
    node.append(el('div', { class: 'meta' }, 'A copy of ', el('button', { class: 'field-link', type: 'button', onclick: () => actions.openArticle(article.link.duplicateOf) }, `article ${article.link.duplicateOf}`)));
  }
  node.append(el('div', { class: 'key' }, KINDS.map((k) => el('span', { class: `hl-${k}` }, k))));

  const body = el('div', { class: 'body', id: 'article-body', dataset: { article: article.id } });
  const text = article.body ?? '';
  const points = boundaries(article);
  for (const p of article.paragraphs) {
    const cuts = [p.start, ...[...points].filter((x) => x > p.start && x < p.end).sort((a, b) => a - b), p.end];
    const para = el('p', { class: p.kind });
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [a, b] = [cuts[i], cuts[i + 1]];
      if (b <= a) continue;
      const covering = article.spans.filter((s) => s.start <= a && s.end >= b);
      const kinds = [...new Set(covering.map((s) => s.kind))];
      const seg = el('span', { class: ['seg', ...kinds.map((k) => `hl-${k}`)].join(' '), dataset: { start: a, end: b } }, text.slice(a, b));
      if (covering.length) seg.title = covering.map((s) => `${s.kind}: ${s.label}`).join('\n');
      para.append(seg);
    }
    body.append(para);
  }
  node.append(body);

  if (article.events.length) {
    node.append(el('h3', {}, `Events coded here (${article.events.length})`));
    node.append(el('ul', { class: 'article-events' }, article.events.map((e) => el('li', {},
      el('button', { class: 'field-link', type: 'button', onclick: () => actions.flash(e.trigger) }, `${e.subEventType}`),
      ` ${e.date ?? 'undated'}, ${e.location ?? 'no place'}, ${e.fatalities} killed `,
      e.linkedEventId ? el('button', { class: 'field-link', type: 'button', onclick: () => actions.openEvent(e.linkedEventId) }, `→ event ${e.linkedEventId}`) : null))));
  }
  if (article.claims.length) {
    node.append(el('details', { class: 'claims' }, el('summary', {}, `Claims (${article.claims.length})`),
      el('ul', {}, article.claims.map((c) => el('li', {},
        el('button', { class: 'field-link', type: 'button', onclick: () => actions.flash(c.content) }, c.sourceActor ?? c.sourceText ?? 'the author'),
        ` ${c.cueText}${c.hedged ? ' (hedged)' : ''}: “${c.contentText}”`)))));
  }

  // Reader comments are low-trust text from anyone: shown apart, marked, never mixed with the article.
  const comments = el('section', { class: 'comments', 'aria-label': 'Reader comments' },
    el('h3', {}, `Reader comments (${article.comments.length}) — not part of the article`));
  if (article.comments.length === 0) comments.append(el('p', { class: 'note' }, 'No reader comments on this page.'));
  for (const c of article.comments) {
    comments.append(el('div', { class: 'comment', dataset: { comment: c.index } },
      el('div', { class: 'who' }, `Reader comment${c.author ? ` by ${c.author}` : ''}${c.posted ? ` · ${c.posted}` : ''}`), c.text));
  }
  node.append(comments);

  node.append(el('details', { class: 'boilerplate' },
    el('summary', {}, `Boilerplate removed from the page (${article.boilerplate.length}) — show`),
    el('ul', {}, article.boilerplate.map((b) => el('li', {}, el('span', { class: 'badge' }, b.reason), ' ', b.text)))));
}

/** Marks the segments of `span` as evidence, scrolls to them and flashes them. */
export function flashSpan(node, span) {
  node.querySelectorAll('.seg.evidence').forEach((s) => s.classList.remove('evidence', 'flash'));
  if (!span) return;
  const segs = [...node.querySelectorAll('.seg')].filter((s) => +s.dataset.start < span.end && +s.dataset.end > span.start);
  node.dataset.evidence = `${span.start}-${span.end}`;
  for (const s of segs) {
    s.classList.add('evidence');
    void s.offsetWidth; // restart the animation when the same span is flashed again
    s.classList.add('flash');
  }
  segs[0]?.scrollIntoView({ block: 'center' });
}
