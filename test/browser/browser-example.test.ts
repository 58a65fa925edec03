// The browser build in a real browser: examples/browser/ bundled from the package's `browser` entry, served on
// 127.0.0.1, opened in headless Debian Chromium; an article pasted in must show the Conflict that parseConflict
// gives in Node. Skips, saying why, only where Chromium is not installed (CI installs it and fails without it).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConflict, type Conflict } from '../../src/index.js';
import { buildBrowserExample, EXAMPLE_DIR } from '../../scripts/_lib/build-browser-example.js';
import { CHROMIUM_PATH, hasChromium, openChromium } from '../../scripts/_lib/chromium.js';
import { fixturePath } from '../../scripts/_lib/corpus.js';
import { serveFolder, type StaticServer } from '../../scripts/_lib/static-server.js';

const available = hasChromium();
const skipReason = `skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`;
if (!available) console.warn(`browser-example.test.ts ${skipReason}`);

it.runIf(process.env.CI === 'true')('CI has Chromium installed', () => {
  expect(available).toBe(true);
});

/** A casualty row as the card must show it (the same fields the page reads from the DOM). */
function expectedRows(conflict: Conflict): Record<string, string>[] {
  const figures = [
    ...conflict.sides.flatMap((s) => (s.casualties?.figures ?? []).map((f) => ({ side: `Side ${s.index}`, f }))),
    ...(conflict.otherCasualties?.figures ?? []).map((f) => ({ side: 'Other', f })),
  ];
  return figures.map(({ side, f }) => ({
    side,
    kind: f.kind,
    min: String(f.min),
    max: String(f.max),
    subject: f.subject ?? '',
    source: f.source ?? '',
    party: f.party ?? '',
    period: f.period ?? '',
  }));
}

describe.skipIf(!available)(`the browser example in headless Chromium${available ? '' : ` (${skipReason})`}`, () => {
  let inputs: string[] = [];
  let server: StaticServer;
  let chromium: Awaited<ReturnType<typeof openChromium>>;

  beforeAll(async () => {
    inputs = await buildBrowserExample();
    server = await serveFolder(EXAMPLE_DIR);
    chromium = await openChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it("is bundled from the package's browser entry, not its Node build", () => {
    expect(inputs).toContain('dist/browser.js');
    expect(inputs.filter((f) => /^(?:dist\/(?:index|cli|chunk|vendor)|src\/)/.test(f))).toEqual([]);
  });

  it.each([
    ['battle-of-waterloo.wiki', 'Battle of Waterloo', { rows: 13, party: 'Prussia', source: '' }],
    ['battle-of-marathon.wiki', 'Battle of Marathon', { rows: 6, party: '', source: 'Herodotus' }],
  ])('%s: the card shows the Conflict parseConflict gives in Node', async (file, title, seen) => {
    const text = readFileSync(fixturePath(file), 'utf8');
    const expected = parseConflict(text, { title });
    const page = await chromium.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.fill('#wikitext', text);
    await page.fill('#title', title);
    await page.click('#read');
    await page.waitForSelector('#card:not([hidden])');

    const field = (name: string) => page.textContent(`#card [data-field="${name}"]`);
    expect(await field('name')).toBe(title);
    expect(await field('name')).toBe(expected.name);
    expect(await field('date')).toBe(
      `${expected.date?.text} (${expected.date?.start}${expected.date?.end === expected.date?.start ? '' : ` to ${expected.date?.end}`})`,
    );
    expect(await field('place')).toBe(expected.place?.text);
    const sides = await page.$$eval('#card .side', (boxes) =>
      boxes.map((b) => [...b.querySelectorAll('[data-field="combatant"]')].map((li) => li.textContent)),
    );
    expect(sides).toEqual(expected.sides.map((s) => s.combatants.map((p) => p.name)));
    expect(sides.every((names) => names.length > 0)).toBe(true);

    const rows = await page.$$eval('#figures tbody tr', (trs) =>
      trs.map((tr) => {
        const row: Record<string, string> = {};
        for (const td of tr.querySelectorAll('td')) {
          const name = td.getAttribute('data-field') ?? '';
          if (name === 'bounds') {
            row.min = td.getAttribute('data-min') ?? '';
            row.max = td.getAttribute('data-max') ?? '';
          } else row[name] = td.textContent ?? '';
        }
        return row;
      }),
    );
    expect(rows).toEqual(expectedRows(expected));
    expect(rows).toHaveLength(seen.rows);
    if (seen.party !== '') expect(rows.filter((r) => r.party === seen.party).length).toBeGreaterThan(0);
    if (seen.source !== '') expect(rows.filter((r) => r.source === seen.source).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says what is wrong with input parseConflict refuses (an InputError)', async () => {
    const page = await chromium.context.newPage();
    await page.goto(server.url);
    // Set in the page (typing 11 MB through the driver takes seconds); '€' is 3 UTF-8 bytes, over the 10 MiB limit.
    await page.$eval(
      '#wikitext',
      (area, n) => {
        (area as unknown as { value: string }).value = '€'.repeat(n);
      },
      3_700_000,
    );
    await page.click('#read');
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error')).toMatch(/^InputError \(too-large\): The input is 11100000 bytes/);
    expect(await page.isHidden('#card')).toBe(true);
    await page.close();
  });
});
