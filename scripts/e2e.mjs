// `npm run test:e2e`: end-to-end tests in Debian's Chromium against browser
// mode. Finds Chromium, builds the renderer when it is stale, runs vitest's
// e2e project. Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findChromium } from './chromium.mjs';
import { ensureRendererBuilt, root } from './renderer-build.mjs';

const chromium = findChromium();
if (!chromium) {
  if (process.env.WAYMARK_SKIP_E2E === '1') {
    console.log('e2e: skipped: no Chromium found and WAYMARK_SKIP_E2E=1 is set.');
    process.exit(0);
  }
  const where = process.env.CHROMIUM_PATH
    ? `CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`
    : 'No Chromium at /usr/bin/chromium.';
  console.error(
    `e2e: ${where}\n` +
      'The end-to-end tests drive Debian\'s Chromium. Install it with "apt-get install -y chromium" (as root),\n' +
      'or set CHROMIUM_PATH to a Chromium binary; set WAYMARK_SKIP_E2E=1 to skip these tests.',
  );
  process.exit(1);
}

ensureRendererBuilt();

const vitest = join(root, 'node_modules/.bin/vitest');
const result = spawnSync(vitest, ['run', '--project', 'e2e', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(result.status ?? 1);
