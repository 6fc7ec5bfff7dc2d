// The journey editor in Chromium against browser mode on a fresh database:
// build a cart-abandonment journey from an empty canvas by dragging nodes from
// the palette and connecting handles, fill the forms, reload and compare what
// was saved; undo and redo ten edits; restore an older revision.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { type RunningServer, root, startServer } from './support/server.ts';

const results = join(root, 'test-results');

let server: RunningServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

type Stored = {
  id: string;
  name: string;
  nodes: Record<string, unknown>[];
  edges: Record<string, unknown>[];
  layout?: Record<string, { x: number; y: number }>;
  [key: string]: unknown;
};

async function invoke<T>(method: string, input: unknown): Promise<T> {
  const response = await fetch(`${server.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
    body: JSON.stringify({ method, input }),
  });
  const body = (await response.json()) as { result?: T; error?: unknown } & T;
  if (!response.ok) throw new Error(`${method}: ${JSON.stringify(body)}`);
  return (body.result ?? body) as T;
}

async function stored(id: string): Promise<Stored> {
  return (await invoke<{ journey: Stored }>('journeys.get', { id })).journey;
}

async function saved(): Promise<void> {
  await page.waitForSelector('[data-testid="save-state"][data-state="saved"]', { timeout: 10_000 });
}

function card(id: string): Locator {
  return page.getByTestId(`node-card-${id}`);
}

async function center(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags from a node's output handle to another node's input handle. */
async function connect(from: string, to: string, port?: string): Promise<void> {
  const source = card(from).locator(
    port ? `.react-flow__handle.source[data-handleid="${port}"]` : '.react-flow__handle.source',
  );
  const a = await center(source);
  const b = await center(card(to).locator('.react-flow__handle.target'));
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x, b.y, { steps: 5 });
  await page.mouse.up();
}

/** Drags a palette item onto the canvas at a point of the canvas. */
async function drop(type: string, at: { x: number; y: number }): Promise<void> {
  await page.getByTestId(`palette-${type}`).dragTo(page.getByTestId('journey-canvas'), {
    targetPosition: at,
  });
}

async function select(id: string): Promise<Locator> {
  await card(id).click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByRole('heading', { name: id }).waitFor();
  return inspector;
}

beforeAll(async () => {
  mkdirSync(results, { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.on('pageerror', (err) => pageErrors.push(err.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const expected = {
  format: 'journey/v1',
  id: 'abandoned-cart-built',
  name: 'Abandoned cart built',
  status: 'draft',
  nodes: [
    { id: 'start', type: 'trigger', on: 'event', event: 'cart_abandoned' },
    { id: 'w1', type: 'wait', for: 'PT1H' },
    { id: 'e1', type: 'email', template: 'cart-1', subject: 'You left something behind' },
    { id: 'w2', type: 'wait', for: 'P1D' },
    { id: 'e2', type: 'email', template: 'cart-2', subject: 'Still thinking about it?' },
    { id: 'x1', type: 'exit' },
  ],
  edges: [
    { from: 'start', to: 'w1' },
    { from: 'w1', to: 'e1' },
    { from: 'e1', to: 'w2' },
    { from: 'w2', to: 'e2' },
    { from: 'e2', to: 'x1' },
  ],
};

describe('the journey editor', () => {
  it('builds the cart-abandonment journey from an empty canvas', async () => {
    await page.goto(server.url);
    await page.getByTestId('new-journey').click();
    await page.getByLabel('Name of a blank journey').fill('Abandoned cart built');
    await page.getByRole('button', { name: 'Create blank' }).click();
    await card('start').waitFor();
    await page.waitForTimeout(300);

    await drop('wait', { x: 140, y: 130 });
    await drop('email', { x: 560, y: 130 });
    await drop('wait', { x: 140, y: 700 });
    await drop('email', { x: 560, y: 700 });
    for (const id of ['w1', 'e1', 'w2', 'e2']) await card(id).waitFor();

    await connect('start', 'w1');
    await connect('w1', 'e1');
    await connect('e1', 'w2');
    await connect('w2', 'e2');
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(4);

    // A forbidden connection is refused with a hint.
    await connect('start', 'e2');
    await page.getByTestId('toast').filter({ hasText: 'already leads to w1' }).waitFor();
    await connect('w1', 'w1');

    // Quick add: drop a connection from e2 on empty canvas, pick Exit.
    const out = await center(card('e2').locator('.react-flow__handle.source'));
    await page.mouse.move(out.x, out.y);
    await page.mouse.down();
    await page.mouse.move(out.x - 150, out.y + 90, { steps: 8 });
    await page.mouse.up();
    await page.getByTestId('quick-add-exit').click();
    await card('x1').waitFor();
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(5);
    await page.screenshot({ path: join(results, 'editor-built.png') });

    // The forms.
    let inspector = await select('start');
    await inspector.getByLabel('Event').fill('cart_abandoned');
    await inspector.getByLabel('Event').press('Tab');
    inspector = await select('w1');
    await inspector.getByLabel('Wait for').fill('1');
    await inspector.getByLabel('Unit').selectOption({ label: 'hours' });
    inspector = await select('e1');
    await inspector.getByLabel('Template').selectOption('cart-1');
    await inspector.getByLabel('Subject').fill('You left something behind');
    await inspector.getByLabel('Subject').press('Tab');
    inspector = await select('e2');
    await inspector.getByLabel('Template').selectOption('cart-2');
    await inspector.getByLabel('Subject').fill('Still thinking about it?');
    await inspector.getByLabel('Subject').press('Tab');
    await card('w1').getByText('Wait 1 hour').waitFor();
    await saved();
    await page.screenshot({ path: join(results, 'editor-forms.png') });

    await page.reload();
    await card('x1').waitFor();
    const journey = await stored(expected.id);
    const { layout, ...rest } = journey;
    expect(rest).toEqual(expected);
    expect(Object.keys(layout ?? {}).sort()).toEqual(expected.nodes.map((n) => n.id).sort());
    // No problems left: the badge count and the panel agree.
    await page.getByTestId('problems-toggle').filter({ hasText: 'No problems' }).waitFor();
  });

  it('undoes and redoes ten edits', async () => {
    const before = await stored(expected.id);
    // Ten edits: eight nodes added from the palette, two moves.
    for (let i = 0; i < 4; i++) await page.getByTestId('palette-update').click();
    for (let i = 0; i < 4; i++) await page.getByTestId('palette-wait').click();
    for (const id of ['w1', 'e1']) {
      const c = await center(card(id));
      await page.mouse.move(c.x, c.y);
      await page.mouse.down();
      await page.mouse.move(c.x + 40, c.y + 60, { steps: 6 });
      await page.mouse.up();
    }
    await saved();
    const after = await stored(expected.id);
    expect(after.nodes).toHaveLength(14);
    expect(after.layout?.w1).not.toEqual(before.layout?.w1);

    await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    for (let i = 0; i < 10; i++) await page.keyboard.press('Control+z');
    await saved();
    expect(await stored(expected.id)).toEqual(before);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(6);

    for (let i = 0; i < 5; i++) await page.keyboard.press('Control+Shift+z');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Control+y');
    await saved();
    expect(await stored(expected.id)).toEqual(after);
    await page.screenshot({ path: join(results, 'editor-redone.png') });
  });

  it('restores an older revision', async () => {
    const { revisions } = await invoke<{ revisions: { revision: number; summary: string }[] }>(
      'journeys.revisions',
      { id: expected.id },
    );
    // The first save after "Created": how many edits it holds depends on
    // the test's pace against the autosave delay, not on what it checks.
    const early = revisions.find((r) => r.revision === 2);
    if (!early) throw new Error(`no early revision in ${JSON.stringify(revisions)}`);
    const old = await invoke<{ journey: Stored }>('journeys.revision', {
      id: expected.id,
      revision: early.revision,
    });
    await page.getByTestId('history-toggle').click();
    await page.getByTestId(`revision-${early.revision}`).click();
    await page.getByRole('dialog', { name: `Revision ${early.revision}` }).waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(results, 'editor-revision-preview.png') });
    await page.getByTestId('restore-revision').click();
    await saved();
    const now = await stored(expected.id);
    expect(now.nodes).toEqual(old.journey.nodes);
    expect(now.edges).toEqual(old.journey.edges);
    await expect
      .poll(() => page.locator('.react-flow__node').count())
      .toBe(old.journey.nodes.length);
    await page.screenshot({ path: join(results, 'editor-restored.png') });
  });

  it('creates a journey from the library, deletes it and brings it back with Undo', async () => {
    await page.goto(`${server.url}#/`);
    await page.getByTestId('new-journey').click();
    await page.getByTestId('library-webinar').click();
    await page.waitForURL(/#\/journeys\/webinar-2$/);
    await card('start').waitFor();
    const copy = await stored('webinar-2');
    expect(copy.status).toBe('draft');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.waitForURL(/#\/$/);
    const toast = page.getByTestId('toast').filter({ hasText: 'Deleted' });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await stored('webinar-2')).nodes).toEqual(copy.nodes);
    expect(pageErrors).toEqual([]);
  });

  it('does not overwrite a change made elsewhere while an edit waits to be saved', async () => {
    await page.goto(`${server.url}#/journeys/welcome`);
    await card('start').waitFor();
    await saved();
    const before = await stored('welcome');
    // Our edit waits out the autosave delay; the command line saves meanwhile.
    await page.getByTestId('palette-wait').click();
    await invoke('journeys.save', {
      journey: { ...before, name: 'Welcome (edited elsewhere)' },
      summary: 'From the command line',
    });
    await page.waitForSelector('[data-testid="save-state"][data-state="conflict"]');
    expect((await stored('welcome')).name).toBe('Welcome (edited elsewhere)');
    await page.screenshot({ path: join(results, 'editor-conflict.png') });
    const toast = page.getByTestId('toast').filter({ hasText: 'changed elsewhere' });
    await toast.getByRole('button', { name: 'Keep mine' }).click();
    await saved();
    const now = await stored('welcome');
    expect(now.name).toBe(before.name);
    expect(now.nodes).toHaveLength(before.nodes.length + 1);
    expect(pageErrors).toEqual([]);
  });
});
