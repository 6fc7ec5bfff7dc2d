// `npm run bench:canvas`: a journey of 1,000 nodes and 1,200 edges opened in
// headless Chromium, in Waymark's editor (browser mode on a fresh database)
// and on a bare React Flow page with the same graph built in the same run.
// Prints time to interactive and the frame rate while dragging a node, for
// both, and their ratio. See BENCHMARKS.md ("Canvas").
import { createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { buildBarePage } from './bench-canvas/bare-page.mjs';
import { benchJourney } from './bench-canvas/graph.mjs';
import { dragFrameRate, timeToInteractive } from './bench-canvas/measure.mjs';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { ensureRendererBuilt, root } from './renderer-build.mjs';
import { startWaymarkServer } from './waymark-server.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const viewport = { width: 1440, height: 900 };

async function invoke(url, method, input) {
  const u = new URL(url);
  const response = await fetch(`${u.origin}/api/invoke`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${u.searchParams.get('token')}`,
    },
    body: JSON.stringify({ method, input }),
  });
  if (!response.ok) throw new Error(`${method}: ${await response.text()}`);
  return response.json();
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serveFolder(dir) {
  const server = createServer((req, res) => {
    const path = normalize(join(dir, new URL(req.url, 'http://x').pathname));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, stop: () => server.close() }),
    ),
  );
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function measureWaymark(browser, url) {
  const page = await browser.newPage({ viewport });
  await page.goto(`${url}#/journeys/bench-canvas`);
  const tti = await timeToInteractive(page, '[data-testid^="node-card-"]');
  await page.waitForTimeout(800);
  const shown = await page.evaluate(() => {
    const el = document.querySelector('.react-flow__viewport');
    const m = el ? new DOMMatrixReadOnly(getComputedStyle(el).transform) : null;
    return m ? { x: m.e, y: m.f, zoom: m.a } : { x: 0, y: 0, zoom: 1 };
  });
  const drag = await dragFrameRate(page, '.react-flow__node:nth-child(3) .jn-head');
  const drawn = await page.locator('.react-flow__node').count();
  await page.close();
  return { tti, drag, viewport: shown, drawn };
}

async function measureBare(browser, url, journey, shown) {
  const page = await browser.newPage({ viewport });
  await page.addInitScript(
    ([j, v]) => {
      window.__journey = j;
      window.__viewport = v;
    },
    [journey, shown],
  );
  await page.goto(url);
  const tti = await timeToInteractive(page, '.bare-card');
  await page.waitForTimeout(800);
  const drag = await dragFrameRate(page, '.react-flow__node:nth-child(3) .bare-head');
  const drawn = await page.locator('.react-flow__node').count();
  await page.close();
  return { tti, drag, drawn };
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error('bench:canvas: no Chromium (apt-get install -y chromium, or set CHROMIUM_PATH).');
    process.exit(1);
  }
  ensureRendererBuilt();
  const bareDir = await buildBarePage(root);
  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-canvas-'));
  const waymark = await startWaymarkServer(dir);
  const bare = await serveFolder(bareDir);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const journey = benchJourney();
    await invoke(waymark.url, 'journeys.save', { journey, summary: 'Benchmark graph' });
    const w = [];
    const b = [];
    for (let i = 0; i < runs; i++) {
      const one = await measureWaymark(browser, waymark.url);
      w.push(one);
      // The bare page opens on the very viewport Waymark chose.
      b.push(await measureBare(browser, bare.url, journey, one.viewport));
    }
    const row = (name, r) => ({
      name,
      tti: median(r.map((x) => x.tti)),
      fps: median(r.map((x) => x.drag.fps)),
      p95: median(r.map((x) => x.drag.p95)),
      drawn: median(r.map((x) => x.drawn)),
    });
    const a = row('Waymark editor', w);
    const c = row('bare React Flow', b);
    console.log(
      `graph: ${journey.nodes.length} nodes, ${journey.edges.length} edges; viewport ${viewport.width}×${viewport.height}, zoom ${w[0].viewport.zoom.toFixed(2)}; median of ${runs} runs`,
    );
    console.log('canvas            time to interactive   drag fps   drag p95 frame   cards drawn');
    for (const r of [a, c]) {
      console.log(
        `${r.name.padEnd(17)} ${`${r.tti.toFixed(0)} ms`.padStart(19)}   ${r.fps.toFixed(1).padStart(8)}   ${`${r.p95.toFixed(1)} ms`.padStart(14)}   ${String(r.drawn).padStart(11)}`,
      );
    }
    console.log(
      `ratio (Waymark / bare): time to interactive ${(a.tti / c.tti).toFixed(2)}×, drag fps ${(a.fps / c.fps).toFixed(2)}×`,
    );
  } finally {
    await browser.close();
    bare.stop();
    waymark.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
