// The simulator in Chromium against browser mode on a fresh database: step a
// persona through cart abandonment to its second email (highlighted node,
// timeline, the email as received), run a 5,000-persona cohort (progress,
// counts on the canvas), cancel a run.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { type RunningServer, root, startServer } from './support/server.ts';
import { firstRender } from './support/timeouts.ts';

const results = join(root, 'test-results');

let server: RunningServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

async function invoke(method: string, input: unknown): Promise<unknown> {
  const response = await fetch(`${server.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
    body: JSON.stringify({ method, input }),
  });
  const body: unknown = await response.json();
  if (response.status !== 200) throw new Error(`${method}: ${JSON.stringify(body)}`);
  return body;
}

beforeAll(async () => {
  mkdirSync(results, { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1600, height: 960 } });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(msg.text());
  });
  // A 5,000-member cohort: the starter's cohort set, made bigger.
  const cohort = JSON.parse(
    readFileSync(join(root, 'resources/starter/personas/cohort.personas.json'), 'utf8'),
  );
  cohort.cohorts = [{ ...cohort.cohorts[0], count: 5000 }];
  cohort.horizon = 'P30D';
  await invoke('personas.save', { name: 'cohort-5000', file: cohort });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the simulator in a browser', () => {
  it('steps a persona through cart abandonment to its second email', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Simulator' }).click();
    await page.getByRole('tab', { name: 'Step by step' }).waitFor();
    expect(page.url()).toContain('#/simulator');
    const step = page.getByRole('tabpanel', { name: 'Step by step' });
    await step.getByLabel('Persona set').selectOption('cart-abandonment');
    await step.getByRole('button', { name: 'Start', exact: true }).click();
    const persona = step.getByLabel('Persona', { exact: true });
    await persona.waitFor();
    await persona.selectOption('buys-after-second');
    await expect
      .poll(() => step.getByRole('button', { name: /Next email/ }).isEnabled())
      .toBe(true);

    await page.keyboard.press('n');
    const timeline = step.getByRole('list', { name: 'Timeline' });
    await timeline.locator('[data-kind="email"]').first().waitFor();
    await step.getByRole('button', { name: /Next email/ }).click();
    await expect.poll(() => timeline.locator('[data-kind="email"]').count()).toBe(2);

    const second = timeline.locator('[data-kind="email"]').nth(1);
    expect(await second.textContent()).toContain('Not sure about the size? We can help');
    // Every entry says why, in the engine's words.
    const whys = await timeline.locator('.sim-entry-why').allTextContents();
    expect(whys.length).toBeGreaterThan(4);
    expect(whys.every((w) => w.trim().length > 0)).toBe(true);

    const canvas = step.getByTestId('journey-canvas');
    await canvas.getByTestId('node-card-e2').waitFor();
    await expect.poll(() => highlighted(canvas.getByTestId('node-card-e2'))).toBe(true);
    expect(await highlighted(canvas.getByTestId('node-card-e1b'))).toBe(false);
    // The canvas followed the persona: where it waits now is in view.
    await expect.poll(() => inView(canvas, 'node-card-e2'), { timeout: 5000 }).toBe(true);
    expect(await step.getByRole('timer', { name: 'Simulated time' }).getAttribute('data-now')).toBe(
      '2026-03-03T09:00:00Z',
    );
    await page.screenshot({ path: join(results, 'simulator-step.png') });

    await second.getByRole('button').click();
    await expect
      .poll(() => step.getByTestId('preview-subject').textContent(), firstRender)
      .toBe('Not sure about the size? We can help');
    const body = page.frameLocator('[data-testid="sim-email-frame"]').locator('body');
    await expect.poll(async () => (await body.textContent()) ?? '', firstRender).toContain('Hugo');
    expect(await step.getByTestId('sim-email-frame').getAttribute('sandbox')).toBe('');
    await page.screenshot({ path: join(results, 'simulator-email.png') });
    await page.screenshot({ path: join(root, 'docs/screenshots/simulator.png') });
    await step.getByRole('button', { name: 'Mobile' }).click();
    await expect
      .poll(async () => (await step.getByTestId('sim-email-frame').boundingBox())?.width ?? 0)
      .toBeLessThan(400);
  });

  it('runs to a breakpoint set by clicking a node, after a reset', async () => {
    const step = page.getByRole('tabpanel', { name: 'Step by step' });
    await step.getByRole('button', { name: '← Timeline' }).click();
    await page.keyboard.press('r');
    const clock = step.getByRole('timer', { name: 'Simulated time' });
    await expect.poll(() => clock.getAttribute('data-now')).toBe('2026-03-02T09:00:00Z');
    await step.getByTestId('journey-canvas').getByTestId('node-card-e2').click();
    await step.getByRole('list', { name: 'Breakpoints' }).getByText(/e2/).waitFor();
    await page.keyboard.press('b');
    await expect.poll(() => clock.getAttribute('data-now')).toBe('2026-03-03T09:00:00Z');
    const timeline = step.getByRole('list', { name: 'Timeline' });
    expect(await timeline.locator('[data-kind="email"]').count()).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: join(results, 'simulator-breakpoint.png') });

    // The session waits while the person looks at something else.
    await page
      .getByRole('region', { name: 'Journeys' })
      .getByRole('button', { name: 'Welcome series' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Welcome series' }).waitFor();
    await page.getByRole('button', { name: 'Simulator' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('tabpanel', { name: 'Step by step' })
          .getByRole('timer', { name: 'Simulated time' })
          .getAttribute('data-now'),
      )
      .toBe('2026-03-03T09:00:00Z');
    // So do its breakpoints.
    await page
      .getByRole('tabpanel', { name: 'Step by step' })
      .getByRole('list', { name: 'Breakpoints' })
      .getByText(/e2/)
      .waitFor();
  });

  it('runs a 5,000-persona cohort with progress, then shows counts on the canvas', async () => {
    await page.getByRole('tab', { name: 'Whole run' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Whole run' });
    await panel.getByLabel('Persona set').selectOption('cohort-5000');
    // Record the furthest the bar got, however fast the run goes.
    await page.evaluate(`
      window.maxProgress = 0;
      setInterval(() => {
        const bar = document.querySelector('[role="progressbar"]');
        const now = Number(bar?.getAttribute('aria-valuenow') ?? 0);
        window.maxProgress = Math.max(window.maxProgress, now);
      }, 10);
    `);
    await panel.getByRole('button', { name: 'Run simulation' }).click();
    await panel.getByRole('progressbar').waitFor();
    await panel.getByText('Done', { exact: true }).waitFor({ timeout: 110_000 });
    const moved = Number(await page.evaluate('window.maxProgress'));
    expect(moved).toBeGreaterThan(0);

    const canvas = panel.getByTestId('journey-canvas');
    await canvas.getByTestId('node-card-start').waitFor();
    await expect
      .poll(async () => (await canvas.getByTestId('node-card-start').textContent()) ?? '')
      .toMatch(/\d,\d{3}/);
    await panel.getByRole('group', { name: /Funnel of/ }).waitFor();
    await page.screenshot({ path: join(results, 'simulator-run.png') });

    // Who received an email: the funnel's first email row lists them; one opens as received.
    const funnel = panel.getByRole('group', { name: /Funnel of/ });
    await funnel.getByRole('button').first().click();
    const recipients = panel.getByRole('list', { name: 'Recipients' });
    await recipients.waitFor();
    const people = recipients.getByRole('button');
    expect(await people.count()).toBeGreaterThan(0);
    expect(await people.count()).toBeLessThanOrEqual(20);
    const subject = (await people.first().locator('.sim-recipient-subject').textContent()) ?? '';
    await page.screenshot({ path: join(results, 'simulator-recipients.png') });
    await people.first().click();
    await expect
      .poll(() => panel.getByTestId('preview-subject').textContent(), firstRender)
      .toBe(subject);
    await page.screenshot({ path: join(results, 'simulator-run-email.png') });
    await panel.getByRole('button', { name: '← Recipients' }).click();
    await panel.getByRole('button', { name: '← Results' }).click();
    await funnel.waitFor();

    // The results stay when the person looks elsewhere and comes back.
    await page
      .getByRole('region', { name: 'Journeys' })
      .getByRole('button', { name: 'Cart abandonment' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Cart abandonment' }).waitFor();
    await page.getByRole('button', { name: 'Simulator' }).click();
    await page.getByRole('tab', { name: 'Whole run' }).click();
    await page
      .getByRole('tabpanel', { name: 'Whole run' })
      .getByRole('group', { name: /Funnel of/ })
      .waitFor();
  });

  it('cancels a run', async () => {
    const panel = page.getByRole('tabpanel', { name: 'Whole run' });
    await panel.getByRole('button', { name: 'Run simulation' }).click();
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await panel.getByText('Cancelled', { exact: true }).waitFor();
    expect(await panel.getByRole('button', { name: 'Run simulation' }).isEnabled()).toBe(true);
  });

  it('logged no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

async function highlighted(card: ReturnType<Page['getByTestId']>): Promise<boolean> {
  return ((await card.getAttribute('class')) ?? '').split(/\s+/).includes('is-highlighted');
}

/** Whether a card lies wholly inside the canvas's box. */
async function inView(canvas: ReturnType<Page['getByTestId']>, testId: string): Promise<boolean> {
  const outer = await canvas.boundingBox();
  const card = await canvas.getByTestId(testId).boundingBox();
  if (!outer || !card) return false;
  return (
    card.x >= outer.x &&
    card.y >= outer.y &&
    card.x + card.width <= outer.x + outer.width &&
    card.y + card.height <= outer.y + outer.height
  );
}
