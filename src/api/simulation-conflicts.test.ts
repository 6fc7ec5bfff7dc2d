import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStarterHost, type StarterHost } from './simulation-testing.ts';

let host: StarterHost;
beforeEach(async () => {
  host = await openStarterHost();
});
afterEach(() => host.cleanup());

const template =
  '<mjml><mj-body><mj-section><mj-column><mj-text>Hi {{ profile.first_name }}</mj-text></mj-column></mj-section></mj-body></mjml>\n';

function journey(id: string, priority: number, settings: Record<string, unknown>, wait: string) {
  return JSON.stringify({
    format: 'journey/v1',
    id,
    name: id,
    status: 'live',
    settings: { priority, ...settings },
    nodes: [
      { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
      { id: 'e1', type: 'email', template: 'hello', subject: `${id} says hi` },
      { id: 'w1', type: 'wait', for: wait },
    ],
    edges: [
      { from: 'start', to: 'e1' },
      { from: 'e1', to: 'w1' },
    ],
  });
}

/**
 * Three journeys on one event at 22:00 Lisbon time, a cap of one email a day:
 * alpha (priority 10) sends; beta skips its email (the cap, used by alpha);
 * gamma ignores the cap but keeps quiet hours, so its email waits until 08:00.
 */
const files = {
  'workspace.json': JSON.stringify({
    format: 'workspace/v1',
    name: 'Conflicts',
    timezone: 'Europe/Lisbon',
    sender: { name: 'Shop', email: 'shop@example.com' },
    frequencyCap: { max: 1, per: 'P1D' },
  }),
  'journeys/alpha.journey.json': journey('alpha', 10, {}, 'P2D'),
  'journeys/beta.journey.json': journey('beta', 0, { frequencyCap: 'skip' }, 'PT1H'),
  'journeys/gamma.journey.json': journey(
    'gamma',
    5,
    { frequencyCap: 'ignore', quietHours: { from: '21:00', to: '08:00' } },
    'PT1H',
  ),
  'templates/hello.mjml': template,
  'personas/night.personas.json': JSON.stringify({
    format: 'personas/v1',
    start: '2026-03-02T22:00:00Z',
    horizon: 'P3D',
    seed: 1,
    personas: [
      {
        id: 'ana',
        profile: { email: 'ana@example.com', first_name: 'Ana', timezone: 'Europe/Lisbon' },
        events: [{ at: '+PT0S', name: 'signed_up' }],
      },
    ],
  }),
};

describe('simulation.conflicts', () => {
  it('lists overlapping journeys, and emails held or skipped with the journey that won', async () => {
    await host.invoke('workspace.import', { files });
    const { runId } = await host.invoke('simulation.run', { personaSet: 'night' });
    expect((await host.done(runId)).ok).toBe(true);
    const { overlaps, emails } = await host.invoke('simulation.conflicts', { runId });

    const skipped = emails.find((e) => e.outcome === 'skipped');
    expect(skipped).toMatchObject({
      persona: 'ana',
      journey: 'beta',
      node: 'e1',
      template: 'hello',
      by: 'frequency-cap',
      at: '2026-03-02T22:00:00Z',
      wonBy: [{ journey: 'alpha', node: 'e1', template: 'hello', at: '2026-03-02T22:00:00Z' }],
    });
    expect(skipped?.text).toContain('frequency cap');

    const held = emails.find((e) => e.outcome === 'held');
    expect(held).toMatchObject({
      journey: 'gamma',
      by: 'quiet-hours',
      until: '2026-03-03T08:00:00Z',
      wonBy: [],
    });
    expect(held?.text).toContain('quiet hours');

    expect(overlaps).toContainEqual({
      persona: 'ana',
      journeys: ['alpha', 'gamma'],
      from: '2026-03-02T22:00:00Z',
      to: '2026-03-03T09:00:00Z',
    });
    expect(overlaps).toContainEqual({
      persona: 'ana',
      journeys: ['alpha', 'beta'],
      from: '2026-03-02T22:00:00Z',
      to: '2026-03-02T23:00:00Z',
    });
    expect(overlaps).toHaveLength(3);
  });
});
