import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestHost, type TestHost } from '../host/testing.ts';

let host: TestHost;
beforeEach(async () => {
  host = await openTestHost();
});
afterEach(() => host.cleanup());

describe('journeys.validate', () => {
  it('reports the problems of the journey as edited, each with its node', async () => {
    const { journey } = await host.invoke('journeys.get', { id: 'welcome' });
    const edited = {
      ...journey,
      nodes: [...journey.nodes, { id: 'w9', type: 'wait' as const, for: 'PT1H' }],
    };
    const { problems } = await host.invoke('journeys.validate', { journey: edited });
    expect(problems.some((p) => p.node === 'w9' && p.severity === 'warning')).toBe(true);
    const broken = {
      ...journey,
      nodes: [...journey.nodes, { id: 'w8', type: 'wait', for: 'soon' }],
    };
    const second = await host.invoke('journeys.validate', { journey: broken as typeof journey });
    expect(second.problems.some((p) => p.node === 'w8' && p.severity === 'error')).toBe(true);
  });
});

describe('library', () => {
  it('lists the starter journeys and copies one in with a fresh id', async () => {
    const { journeys } = await host.invoke('library.list', {});
    // The test host's starter library is the small sample workspace.
    expect(journeys.map((j) => j.id)).toEqual(['welcome']);
    await host.invoke('journeys.delete', { id: 'welcome' });
    const first = await host.invoke('journeys.createFromLibrary', { id: 'welcome' });
    const second = await host.invoke('journeys.createFromLibrary', { id: 'welcome' });
    expect(first.id).toBe('welcome');
    expect(second.id).toBe('welcome-2');
    const got = await host.invoke('journeys.get', { id: second.id });
    expect(got.journey.status).toBe('draft');
    const { problems } = await host.invoke('journeys.validate', { journey: got.journey });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
