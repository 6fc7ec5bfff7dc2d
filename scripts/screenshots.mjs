// `node scripts/screenshots.mjs`: the README's screenshots of the real app
// (browser mode on a fresh database, Debian's Chromium, 1440×900), written
// to docs/screenshots/. Look at them after a UI change and commit them.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { ensureRendererBuilt, root } from './renderer-build.mjs';
import { startWaymarkServer } from './waymark-server.mjs';

const out = join(root, 'docs/screenshots');
const viewport = { width: 1440, height: 900 };

const shots = [
  {
    file: 'journey-light.png',
    scheme: 'light',
    hash: '#/journeys/welcome',
    layout: 'Auto layout',
    select: 'opened',
  },
  {
    file: 'journey-dark.png',
    scheme: 'dark',
    hash: '#/journeys/welcome',
    layout: 'Auto layout',
    select: 'opened',
  },
  { file: 'journey-saved-layout-light.png', scheme: 'light', hash: '#/journeys/cart-abandonment' },
  { file: 'template-light.png', scheme: 'light', hash: '#/templates/cart-1' },
  { file: 'segment-dark.png', scheme: 'dark', hash: '#/segments/engaged-shoppers' },
  { file: 'personas-light.png', scheme: 'light', hash: '#/personas/starter' },
];

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error('screenshots: no Chromium (apt-get install -y chromium, or set CHROMIUM_PATH).');
    process.exit(1);
  }
  ensureRendererBuilt();
  mkdirSync(out, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'waymark-shots-'));
  const server = await startWaymarkServer(dir);
  const browser = await chromium.launch({
    executablePath,
    args: chromiumArgs,
  });
  try {
    for (const shot of shots) {
      const page = await browser.newPage({ viewport, colorScheme: shot.scheme });
      await page.goto(`${server.url}${shot.hash}`);
      await page.getByRole('region', { name: 'Journeys' }).waitFor();
      if (shot.hash.startsWith('#/journeys/')) {
        // The editor arranges with ELK (and autosaves: the database is a throwaway).
        if (shot.layout) {
          await page.getByTestId('layout-tb').click();
          // Arranging fits the view to the new positions, with a short animation.
          await page.waitForTimeout(600);
        }
        await page.locator('.react-flow__node').first().waitFor();
        if (shot.select) await page.getByTestId(`node-card-${shot.select}`).click();
      }
      if (shot.hash.startsWith('#/templates/')) {
        await page.getByTestId('template-preview').waitFor();
      }
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(out, shot.file) });
      console.log(`docs/screenshots/${shot.file}`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
