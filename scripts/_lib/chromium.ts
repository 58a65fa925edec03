// Support for browser checks: Debian's Chromium (apt-get install chromium), headless, driven by playwright-core,
// with a fresh profile and no background traffic (this machine has no network beyond the package registries).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Whether Chromium is installed where openChromium looks. */
export const hasChromium = (): boolean => existsSync(CHROMIUM_PATH);

/**
 * Starts headless Chromium with a new empty profile; `close()` stops it and removes the profile.
 * @example const { context, close } = await openChromium(); const page = await context.newPage(); … await close();
 */
export async function openChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'wikiconflict-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
