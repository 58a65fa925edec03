// Test setup: the fast wikitext reader may decline a text (wikiparser-node then reads it), but it must never fail
// in any other way; parseWikitext counts such failures, and every test file ends with the count at 0.
import { afterAll, expect } from 'vitest';

afterAll(async () => {
  // imported here, not above: an import before the test file's own would come before its vi.mock calls
  const { fastReaderFailures } = await import('../../src/wikitext/parse-wikitext.js');
  expect(fastReaderFailures.count, 'the fast wikitext reader failed (not a decline) while this file ran').toBe(0);
});
