import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journey, PersonasFile } from '../model/index.ts';
import { openStarterHost, refusal, type StarterHost } from './simulation-testing.ts';

let host: StarterHost;
beforeEach(async () => {
  host = await openStarterHost();
});
afterEach(() => host.cleanup());

async function runToEnd(personaSet: string, more: { summary?: boolean } = {}) {
  const { runId } = await host.invoke('simulation.run', { personaSet, ...more });
  const done = await host.done(runId);
  return { runId, done };
}

describe('simulation.run and simulation.result', () => {
  it('plays a persona set in a worker and gives the output with per-journey counts', async () => {
    const { runId, done } = await runToEnd('cart-abandonment');
    expect(done).toEqual({ runId, ok: true });
    const { output, aggregates } = await host.invoke('simulation.result', { runId });
    expect(output.seed).toBe(42);
    expect(output.personas.map((p) => p.id)).toContain('buys-after-second');
    const cart = aggregates.journeys.find((j) => j.journey === 'cart-abandonment');
    expect(cart?.entered).toBe(output.journeys['cart-abandonment']?.entered);
    expect(cart?.nodes.find((n) => n.node === 'start')?.share).toBe(1);
    expect(cart?.funnel.map((f) => f.node)).toEqual(['e1a', 'e1b', 'e2', 'e3']);
    const exits = Object.values(cart?.exits ?? {}).reduce((a, b) => a + b, 0);
    expect(exits).toBe(cart?.entered);
    expect(cart?.conversions).toBeGreaterThan(0);
    expect(cart?.conversionRate).toBeCloseTo((cart?.conversions ?? 0) / (cart?.entered ?? 1));
    expect(aggregates.countedFrom).toBe('all-personas');
    const lean = await host.invoke('simulation.result', { runId, personas: false });
    expect(lean.output.personas).toEqual([]);
    expect(lean.output.journeys).toEqual(output.journeys);
  });

  it('pushes progress that increases, then simulation.done', async () => {
    const { runId, done } = await runToEnd('cohort', { summary: true });
    expect(done.ok).toBe(true);
    const mine = host.progress.filter((p) => p.task === runId);
    expect(mine.length).toBeGreaterThan(5);
    for (let i = 1; i < mine.length; i++) {
      expect(mine[i]?.done).toBeGreaterThan(mine[i - 1]?.done ?? 0);
    }
    expect(mine.at(-1)?.done).toBe(mine.at(-1)?.total);
    const status = await host.invoke('simulation.status', { runId });
    expect(status.status).toBe('done');
    const { aggregates } = await host.invoke('simulation.result', { runId, personas: false });
    expect(aggregates.countedFrom).toBe('listed-personas');
  }, 120_000);

  it('cancels a run: the worker stops and the run ends as cancelled', async () => {
    const { runId } = await host.invoke('simulation.run', { personaSet: 'cohort' });
    expect((await host.invoke('simulation.status', { runId })).status).toBe('running');
    expect(await host.invoke('simulation.cancel', { runId })).toEqual({ cancelled: true });
    const done = await host.done(runId);
    expect(done).toMatchObject({ runId, ok: false, cancelled: true });
    expect((await host.invoke('simulation.status', { runId })).status).toBe('cancelled');
    expect((await refusal(host.invoke('simulation.result', { runId }))).code).toBe('cancelled');
    expect(await host.invoke('simulation.cancel', { runId })).toEqual({ cancelled: false });
  });

  it('reports unusable input through simulation.done and a located error', async () => {
    const missing = await runToEnd('no-such-set');
    expect(missing.done.ok).toBe(false);
    const gone = await refusal(host.invoke('simulation.result', { runId: missing.runId }));
    expect(gone.code).toBe('not-found');
    const early: PersonasFile = {
      format: 'personas/v1',
      start: '2026-03-02T09:00:00Z',
      horizon: 'P1D',
      personas: [
        {
          id: 'ana',
          profile: { email: 'ana@example.com' },
          events: [{ at: '2026-03-02T10:00:00Z', name: 'signed_up' }],
        },
      ],
    };
    await host.invoke('personas.save', { name: 'early', file: early });
    expect((await runToEnd('early')).done.ok).toBe(true);
    const { runId: bad } = await host.invoke('simulation.run', {
      personaSet: 'early',
      start: '2026-03-05T00:00:00Z',
    });
    expect((await host.done(bad)).ok).toBe(false);
    const e = await refusal(host.invoke('simulation.result', { runId: bad }));
    expect(e.code).toBe('bad-input');
    expect(e.problems?.[0]).toMatchObject({
      file: 'personas/early.personas.json',
      path: '$.personas[0].events[0].at',
    });
    expect((await refusal(host.invoke('simulation.result', { runId: 'nope' }))).code).toBe(
      'not-found',
    );
    // A journey saved with a problem: the run says which, like `waymark validate`.
    const { journey } = await host.invoke('journeys.get', { id: 'welcome' });
    const broken: Journey = {
      ...journey,
      edges: [...journey.edges, { from: 'start', to: 'gone' }],
    };
    await host.invoke('journeys.save', { journey: broken });
    const { runId: invalid, done } = await runToEnd('welcome');
    expect(done.ok).toBe(false);
    const why = await refusal(host.invoke('simulation.result', { runId: invalid }));
    expect(why.code).toBe('invalid-workspace');
    expect(why.problems?.some((p) => p.file === 'journeys/welcome.journey.json')).toBe(true);
  });
});

describe('simulation.preview', () => {
  it('renders an email of a run as the persona received it', async () => {
    const { runId } = await runToEnd('cart-abandonment');
    const { output } = await host.invoke('simulation.result', { runId });
    const sent = output.personas
      .find((p) => p.id === 'buys-after-first')
      ?.emails.find((e) => e.journey === 'cart-abandonment');
    expect(sent).toBeDefined();
    const preview = await host.invoke('simulation.preview', {
      runId,
      persona: 'buys-after-first',
      journey: 'cart-abandonment',
      node: sent?.node ?? '',
    });
    expect(preview.subject).toBe(sent?.subject);
    expect(preview.to).toBe('buys-after-first@example.com');
    expect(preview.from).toBe('Acme Shoes <hello@acme.example>');
    expect(preview.at).toBe(sent?.at);
    // The profile and the cart of the event that started the run.
    expect(preview.html).toContain('Filipa');
    expect(preview.html).toContain('Everyday Runner');
    expect(preview.html).toContain('https://acme.example/cart/c-101');
    expect(preview.text).toContain('Filipa');
    expect(preview.errors).toEqual([]);
    const missing = refusal(
      host.invoke('simulation.preview', {
        runId,
        persona: 'never-buys',
        journey: 'welcome',
        node: 'e1',
      }),
    );
    expect((await missing).code).toBe('not-found');
  });

  it('replays a cohort member alone with the same emails as in the whole run', async () => {
    const { file } = await host.invoke('personas.get', { name: 'cohort' });
    const cohorts = (file.cohorts ?? []).map((c) => ({ ...c, count: 6 }));
    const small: PersonasFile = { ...file, horizon: 'P14D', cohorts };
    await host.invoke('personas.save', { name: 'small-cohort', file: small });
    const { runId } = await runToEnd('small-cohort');
    const { output } = await host.invoke('simulation.result', { runId });
    const member = output.personas.find((p) => /-\d+$/.test(p.id) && p.emails.length > 1);
    const last = member?.emails.at(-1);
    expect(last).toBeDefined();
    const preview = await host.invoke('simulation.preview', {
      runId,
      persona: member?.id ?? '',
      journey: last?.journey ?? '',
      node: last?.node ?? '',
      at: last?.at ?? '',
    });
    expect([preview.subject, preview.to, preview.at]).toEqual([last?.subject, last?.to, last?.at]);
    expect(preview.html.length).toBeGreaterThan(100);
  });
});

describe('simulation.recipients', () => {
  it('lists the first personas by id who received an email node, and how many did', async () => {
    const { runId } = await runToEnd('cart-abandonment');
    const { output } = await host.invoke('simulation.result', { runId });
    const got = output.personas
      .filter((p) => p.emails.some((e) => e.journey === 'cart-abandonment' && e.node === 'e2'))
      .map((p) => p.id)
      .sort(new Intl.Collator('en', { numeric: true }).compare);
    expect(got.length).toBeGreaterThan(1);
    const all = await host.invoke('simulation.recipients', {
      runId,
      journey: 'cart-abandonment',
      node: 'e2',
    });
    expect(all.total).toBe(got.length);
    expect(all.personas.map((p) => p.id)).toEqual(got);
    const first = output.personas
      .find((p) => p.id === got[0])
      ?.emails.find((e) => e.journey === 'cart-abandonment' && e.node === 'e2');
    expect(all.personas[0]).toEqual({ id: got[0], at: first?.at, subject: first?.subject });
    const one = await host.invoke('simulation.recipients', {
      runId,
      journey: 'cart-abandonment',
      node: 'e2',
      limit: 1,
    });
    expect(one).toEqual({ total: got.length, personas: all.personas.slice(0, 1) });
    const none = await host.invoke('simulation.recipients', {
      runId,
      journey: 'cart-abandonment',
      node: 'start',
    });
    expect(none).toEqual({ total: 0, personas: [] });
  });

  it('orders cohort members by the number in their id', async () => {
    const { file } = await host.invoke('personas.get', { name: 'cohort' });
    const cohorts = (file.cohorts ?? []).slice(0, 1).map((c) => ({ ...c, count: 12 }));
    await host.invoke('personas.save', {
      name: 'twelve',
      file: { ...file, horizon: 'P14D', personas: [], cohorts },
    });
    const { runId } = await runToEnd('twelve');
    const { output } = await host.invoke('simulation.result', { runId });
    const sent = output.personas.flatMap((p) => p.emails)[0];
    expect(sent).toBeDefined();
    const list = await host.invoke('simulation.recipients', {
      runId,
      journey: sent?.journey ?? '',
      node: sent?.node ?? '',
    });
    const numbers = list.personas.map((p) => Number(/(\d+)$/.exec(p.id)?.[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });
});

describe('simulation.compare', () => {
  it('finds the differences after a revision changes a wait', async () => {
    const { journey, revision } = await host.invoke('journeys.get', { id: 'cart-abandonment' });
    const changed: Journey = {
      ...journey,
      nodes: journey.nodes.map((n) =>
        n.id === 'w2' && n.type === 'wait' ? { ...n, for: 'P5D' } : n,
      ),
    };
    await host.invoke('journeys.save', { journey: changed, summary: 'Longer wait' });
    const result = await host.invoke('simulation.compare', {
      journey: 'cart-abandonment',
      revisionA: revision,
      revisionB: revision + 1,
      personaSet: 'cart-abandonment',
    });
    expect(result.personasChanged).toBeGreaterThan(0);
    const hugo = result.personas.find((p) => p.persona === 'buys-after-second');
    const e2a = hugo?.onlyA.find((e) => e.node === 'e2');
    const e2b = hugo?.onlyB.find((e) => e.node === 'e2');
    expect(e2a && e2b && e2b.at > e2a.at).toBe(true);
    // Nobody reaches the incentive as before: some node count moved.
    expect(result.nodes.length + result.emails.length).toBeGreaterThan(0);
    for (const e of result.emails) {
      expect(e.diff).toBe(e.b - e.a);
      expect(e.subject).not.toBe('');
    }
    const same = await host.invoke('simulation.compare', {
      journey: 'cart-abandonment',
      revisionA: revision,
      revisionB: revision,
      personaSet: 'cart-abandonment',
    });
    expect([same.nodes, same.emails, same.personas]).toEqual([[], [], []]);
  });
});
