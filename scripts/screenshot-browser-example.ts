// npm run example:screenshot: builds and serves examples/browser/, pastes fixtures/battle-of-waterloo.wiki into it
// in headless Chromium, reads it, and saves the page as examples/browser/screenshot.png (the README's picture).
import { readFileSync } from 'node:fs';
import { buildBrowserExample, EXAMPLE_DIR } from './_lib/build-browser-example.js';
import { openChromium } from './_lib/chromium.js';
import { fixturePath } from './_lib/corpus.js';
import { serveFolder } from './_lib/static-server.js';

await buildBrowserExample();
const server = await serveFolder(EXAMPLE_DIR);
const chromium = await openChromium();
try {
  const page = await chromium.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(server.url);
  await page.fill('#wikitext', readFileSync(fixturePath('battle-of-waterloo.wiki'), 'utf8'));
  await page.fill('#title', 'Battle of Waterloo');
  await page.click('#read');
  await page.waitForSelector('#card:not([hidden])');
  // Show the start of the pasted article, as a person who just pasted it would scroll back to see.
  await page.$eval('#wikitext', (area) => {
    area.scrollTop = 0;
  });
  await page.screenshot({ path: `${EXAMPLE_DIR}screenshot.png`, fullPage: true });
  console.log(`Saved ${EXAMPLE_DIR}screenshot.png`);
} finally {
  await chromium.close();
  await server.close();
}
