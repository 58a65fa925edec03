// The example page's script: reads the pasted article with wikiconflict's browser build and shows the Conflict as
// a card. Bundled by scripts/_lib/build-browser-example.ts (npm run example:browser builds and serves it).
import { parseConflict } from 'wikiconflict';

const form = document.getElementById('input');
const card = document.getElementById('card');
const errorLine = document.getElementById('error');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = document.getElementById('wikitext').value;
  const title = document.getElementById('title').value.trim();
  try {
    showConflict(parseConflict(text, title === '' ? {} : { title }));
    errorLine.hidden = true;
  } catch (error) {
    // parseConflict throws only for input it cannot use at all (an InputError: too large, a bad option).
    card.hidden = true;
    errorLine.hidden = false;
    errorLine.textContent = `${error.name} (${error.code ?? 'no code'}): ${error.message}`;
  }
});

/** Builds an element with text content (never HTML: the text comes from the page). */
function el(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** "3", "1,000–2,000", "≥ 27" (no upper bound), "≤ 50" (no lower bound). */
function formatBounds(min, max) {
  const n = (x) => x.toLocaleString('en-US');
  if (min !== null && max !== null) return min === max ? n(min) : `${n(min)}–${n(max)}`;
  if (min !== null) return `≥ ${n(min)}`;
  return max === null ? '?' : `≤ ${n(max)}`;
}

function showConflict(conflict) {
  card.replaceChildren();
  card.append(el('h2', conflict.name ?? conflict.title, { 'data-field': 'name' }));

  const facts = el('dl');
  const fact = (label, value, field) => {
    if (value === null || value === undefined || value === '') return;
    facts.append(el('dt', label), el('dd', value, { 'data-field': field }));
  };
  fact('Title', conflict.title, 'title');
  fact('Part of', conflict.partOf, 'partOf');
  if (conflict.date !== null) {
    const span = conflict.date.start === null ? '' : ` (${conflict.date.start}${conflict.date.end === conflict.date.start ? '' : ` to ${conflict.date.end ?? '…'}`})`;
    fact('Date', `${conflict.date.text}${span}`, 'date');
  }
  fact('Place', conflict.place?.text, 'place');
  if (conflict.coordinates !== null) fact('Coordinates', `${conflict.coordinates.lat}, ${conflict.coordinates.lon}`, 'coordinates');
  fact('Result', conflict.result, 'result');
  card.append(facts);

  const sides = el('div', null, { class: 'sides' });
  for (const side of conflict.sides) {
    const box = el('section', null, { class: 'side', 'data-side': String(side.index) });
    box.append(el('h3', `Side ${side.index}`));
    const list = el('ul');
    for (const party of side.combatants) list.append(el('li', party.name, { 'data-field': 'combatant' }));
    box.append(list);
    if (side.commanders.length > 0) box.append(el('p', `Commanders: ${side.commanders.map((c) => c.name).join(', ')}`, { class: 'muted' }));
    if (side.strength !== null) box.append(el('p', `Strength: ${side.strength.text}`, { class: 'muted' }));
    sides.append(box);
  }
  card.append(sides);

  const rows = [
    ...conflict.sides.flatMap((side) => (side.casualties?.figures ?? []).map((figure) => ({ side: `Side ${side.index}`, figure }))),
    ...(conflict.otherCasualties?.figures ?? []).map((figure) => ({ side: 'Other', figure })),
  ];
  const table = el('table', null, { id: 'figures' });
  table.append(el('caption', `Casualty figures (${rows.length})`));
  const head = el('tr');
  for (const h of ['Side', 'Kind', 'Bounds', 'Subject', 'Source', 'Party', 'Period']) head.append(el('th', h));
  table.append(el('thead'));
  table.tHead.append(head);
  const body = el('tbody');
  for (const { side, figure } of rows) {
    const tr = el('tr');
    tr.append(
      el('td', side, { 'data-field': 'side' }),
      el('td', figure.kind, { 'data-field': 'kind' }),
      el('td', `${figure.approximate ? 'c. ' : ''}${formatBounds(figure.min, figure.max)}`, {
        'data-field': 'bounds', class: 'bounds', 'data-min': String(figure.min), 'data-max': String(figure.max),
      }),
      el('td', figure.subject ?? '', { 'data-field': 'subject' }),
      el('td', figure.source ?? '', { 'data-field': 'source' }),
      el('td', figure.party ?? '', { 'data-field': 'party' }),
      el('td', figure.period ?? '', { 'data-field': 'period' }),
    );
    body.append(tr);
  }
  table.append(body);
  card.append(table);
  if (conflict.warnings.length > 0) card.append(el('p', `${conflict.warnings.length} warning(s): ${conflict.warnings.map((w) => w.code).join(', ')}`, { class: 'muted', 'data-field': 'warnings' }));
  card.hidden = false;
}
