import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStarterHost, refusal, type StarterHost } from './simulation-testing.ts';

let host: StarterHost;
beforeEach(async () => {
  host = await openStarterHost();
});
afterEach(() => host.cleanup());

const journey = 'cart-abandonment';
const persona = 'buys-after-second';

describe('simulation.session.*', () => {
  it('steps the cart-abandonment personas to the second email, with node, subject and path', async () => {
    const { sessionId, now, snapshot } = await host.invoke('simulation.session.start', {
      personaSet: 'cart-abandonment',
    });
    expect(now).toBe('2026-03-02T09:00:00Z');
    expect(snapshot.personas.map((p) => p.id)).toContain(persona);

    const one = await host.invoke('simulation.session.step', { sessionId, mode: 'step' });
    expect(one.newTrace.length).toBeGreaterThan(0);
    expect(one.done).toBe(false);

    const first = await host.invoke('simulation.session.step', {
      sessionId,
      mode: 'nextEmail',
      persona,
    });
    const email1 = first.newTrace.find((t) => t.kind === 'email');
    expect(email1).toMatchObject({ persona, journey, node: 'e1a', at: '2026-03-02T10:00:00Z' });
    // Every entry of the move is this persona's, with the engine's sentence.
    expect(first.newTrace.every((t) => t.persona === persona && t.text.length > 0)).toBe(true);

    const second = await host.invoke('simulation.session.step', {
      sessionId,
      mode: 'nextEmail',
      persona,
    });
    const email2 = second.newTrace.find((t) => t.kind === 'email');
    expect(email2).toMatchObject({ persona, journey, node: 'e2' });
    expect(email2?.reason.subject).toBe('Not sure about the size? We can help');
    expect(email2?.text).toContain('Not sure about the size? We can help');
    expect(second.now).toBe(email2?.at);

    const hugo = second.snapshot.personas.find((p) => p.id === persona);
    expect(hugo?.emails).toBe(2);
    const path = hugo?.path.nodes.filter((n) => n.journey === journey).map((n) => n.node);
    expect(path).toEqual(expect.arrayContaining(['start', 'w1', 'ab', 'e1a', 'w2', 'e2']));
    expect(path).not.toContain('e1b');
    expect(hugo?.path.edges).toContainEqual({ journey, from: 'ab', port: 'a', to: 'e1a' });
    expect(hugo?.path.edges).toContainEqual({ journey, from: 'w2', port: 'out', to: 'e2' });
    expect(hugo?.runs.map((r) => r.journey)).toContain(journey);

    const preview = await host.invoke('simulation.preview', {
      sessionId,
      persona,
      journey,
      node: 'e2',
    });
    expect(preview.subject).toBe('Not sure about the size? We can help');
    expect(preview.html).toContain('Hugo');

    const trace = await host.invoke('simulation.session.trace', { sessionId, persona });
    expect(trace.entries.filter((t) => t.kind === 'email').map((t) => t.node)).toEqual([
      'e1a',
      'e2',
    ]);
    expect(trace.entries.some((t) => t.kind === 'step' && t.node === 'ab')).toBe(true);
  });

  it('runs to a breakpoint, resets, and runs to the end', async () => {
    const { sessionId } = await host.invoke('simulation.session.start', {
      personaSet: 'cart-abandonment',
    });
    const stop = await host.invoke('simulation.session.step', {
      sessionId,
      mode: 'breakpoint',
      breakpoints: [{ journey, node: 'e2' }],
      persona,
    });
    const hugo = stop.snapshot.personas.find((p) => p.id === persona);
    expect(hugo?.runs.find((r) => r.journey === journey)?.node).toBe('e2');
    expect(hugo?.emails).toBe(1);
    expect(stop.now).toBe('2026-03-03T09:00:00Z');

    const reset = await host.invoke('simulation.session.reset', { sessionId });
    expect(reset.now).toBe('2026-03-02T09:00:00Z');
    expect(reset.snapshot.personas.every((p) => p.emails === 0 && p.runs.length === 0)).toBe(true);
    expect((await host.invoke('simulation.session.trace', { sessionId })).entries).toEqual([]);

    const end = await host.invoke('simulation.session.step', { sessionId, mode: 'end' });
    expect(end.done).toBe(true);
    expect(end.now).toBe('2026-03-23T09:00:00Z');
    const all = await host.invoke('simulation.session.trace', { sessionId });
    expect(all.entries.length).toBe(end.newTrace.length);
    const sorted = [...all.entries].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    expect(all.entries).toEqual(sorted);
    // The session's end agrees with a whole run of the same set.
    const { runId } = await host.invoke('simulation.run', { personaSet: 'cart-abandonment' });
    await host.done(runId);
    const { output } = await host.invoke('simulation.result', { runId });
    const emails = (id: string) => output.personas.find((p) => p.id === id)?.emails.length ?? -1;
    for (const p of end.snapshot.personas) expect(p.emails).toBe(emails(p.id));

    await host.invoke('simulation.session.close', { sessionId });
    const gone = refusal(host.invoke('simulation.session.step', { sessionId, mode: 'step' }));
    expect((await gone).code).toBe('not-found');
  });

  it('refuses persona sets too large to step through', async () => {
    const e = await refusal(host.invoke('simulation.session.start', { personaSet: 'cohort' }));
    expect(e.code).toBe('bad-input');
    expect(e.message).toContain('simulation.run');
  });
});
