// The app in Chromium against browser mode on a fresh database: the starter
// journeys are listed, a journey opens on the canvas, a template renders.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { type RunningServer, root, startServer } from './support/server.ts';
import { starterJourneys } from './support/starter.ts';
import { firstRender } from './support/timeouts.ts';

const results = join(root, 'test-results');

let server: RunningServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(results, { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(msg.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the app in a browser', () => {
  it('opens and lists the starter journeys in the sidebar', async () => {
    await page.goto(server.url);
    const journeys = page.getByRole('region', { name: 'Journeys' });
    for (const journey of starterJourneys()) {
      await journeys.getByRole('button', { name: journey.name, exact: false }).first().waitFor();
    }
    expect(await journeys.locator('[data-nav-item]').count()).toBe(starterJourneys().length);
  });

  it('opens a journey and shows its nodes on the canvas', async () => {
    const journey = starterJourneys().find((j) => j.id === 'cart-abandonment');
    if (!journey) throw new Error('the starter workspace has a cart-abandonment journey');
    await page
      .getByRole('region', { name: 'Journeys' })
      .getByRole('button', { name: journey.name })
      .click();
    await page.getByRole('heading', { level: 1, name: journey.name }).waitFor();
    const canvas = page.getByTestId('journey-canvas');
    for (const node of journey.nodes) {
      await canvas.getByTestId(`node-card-${node.id}`).waitFor({ state: 'attached' });
    }
    expect(await canvas.locator('.react-flow__node').count()).toBe(journey.nodes.length);
    await expect.poll(() => canvas.getByTestId('node-card-start').isVisible()).toBe(true);
    expect(await canvas.getByTestId('node-card-start').textContent()).toContain(
      'When Cart abandoned',
    );
    expect(page.url()).toContain('#/journeys/cart-abandonment');
    await page.screenshot({ path: join(results, 'journey-cart-abandonment.png') });
  });

  it('shows a node in the inspector when it is clicked', async () => {
    await page.getByTestId('journey-canvas').getByTestId('node-card-w1').click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByRole('heading', { name: 'w1' }).waitFor();
    expect(await inspector.textContent()).toContain('Wait 1 hour');
  });

  it('renders a template preview in a sandboxed frame, at desktop and mobile width', async () => {
    const templates = page.getByRole('region', { name: 'Templates' });
    await templates.locator('[data-nav-item]').first().click();
    const frame = page.getByTestId('template-preview');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    const body = page.frameLocator('[data-testid="template-preview"]').locator('body');
    await expect
      .poll(async () => ((await body.textContent()) ?? '').trim().length, firstRender)
      .toBeGreaterThan(20);
    const desktop = (await frame.boundingBox())?.width ?? 0;
    await page.getByRole('button', { name: 'Mobile' }).click();
    await expect.poll(async () => (await frame.boundingBox())?.width ?? 0).toBeLessThan(400);
    expect(desktop).toBeGreaterThan(500);
    await page.screenshot({ path: join(results, 'template-preview.png') });
  });

  it('remembers a chosen theme across reloads', async () => {
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.reload();
    await page.getByRole('region', { name: 'Journeys' }).waitFor();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.getByRole('button', { name: 'Follow the system theme' }).click();
  });

  it('follows changes the server pushes: a rename shows in the sidebar and the open journey', async () => {
    await page.goto(`${server.url}#/journeys/welcome`);
    await page.getByRole('heading', { level: 1, name: 'Welcome series' }).waitFor();
    const response = await fetch(`${server.origin}/api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify({
        method: 'journeys.rename',
        input: { id: 'welcome', name: 'Welcome, renamed' },
      }),
    });
    expect(response.status).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Welcome, renamed' }).waitFor();
    await page
      .getByRole('region', { name: 'Journeys' })
      .getByRole('button', { name: 'Welcome, renamed' })
      .waitFor();
  });

  it('logged no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
