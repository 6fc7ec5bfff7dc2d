import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestHost, type TestHost } from '../host/testing.ts';
import type { Journey } from '../model/index.ts';
import { ApiError } from './errors.ts';

let host: TestHost;
beforeEach(async () => {
  host = await openTestHost();
});
afterEach(() => host.cleanup());

async function refusal(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected an ApiError');
}

describe('journeys.*', () => {
  it('lists and reads the stored journey, unknown fields included', async () => {
    const { journeys } = await host.invoke('journeys.list', {});
    expect(journeys).toEqual([
      expect.objectContaining({ id: 'welcome', name: 'Welcome', status: 'live', nodeCount: 2 }),
    ]);
    const got = await host.invoke('journeys.get', { id: 'welcome' });
    expect(got.revision).toBe(1);
    expect(got.journey.custom).toEqual([1, 2]);
    expect(Object.keys(got.journey)).toEqual([
      'format',
      'id',
      'name',
      'status',
      'custom',
      'nodes',
      'edges',
    ]);
    expect((await refusal(host.invoke('journeys.get', { id: 'nope' }))).code).toBe('not-found');
  });

  it('saves revisions, lists them, reads and restores an old one', async () => {
    const events: unknown[] = [];
    host.on('workspace.changed', (e) => events.push(e));
    const { journey } = await host.invoke('journeys.get', { id: 'welcome' });
    const edited: Journey = { ...journey, name: 'Welcome v2' };
    expect(await host.invoke('journeys.save', { journey: edited, summary: 'Renamed' })).toEqual({
      revision: 2,
    });
    expect(events).toEqual([{ kind: 'journey', id: 'welcome' }]);
    const { revisions } = await host.invoke('journeys.revisions', { id: 'welcome' });
    expect(revisions.map((r) => [r.revision, r.summary])).toEqual([
      [2, 'Renamed'],
      [1, 'Imported'],
    ]);
    const old = await host.invoke('journeys.revision', { id: 'welcome', revision: 1 });
    expect(old.journey.name).toBe('Welcome');
    expect(await host.invoke('journeys.restore', { id: 'welcome', revision: 1 })).toEqual({
      revision: 3,
    });
    expect((await host.invoke('journeys.get', { id: 'welcome' })).journey.name).toBe('Welcome');
    const missing = await refusal(host.invoke('journeys.revision', { id: 'welcome', revision: 9 }));
    expect(missing.code).toBe('not-found');
  });

  it('saves from a base revision only while no newer one is stored', async () => {
    const { journey, revision } = await host.invoke('journeys.get', { id: 'welcome' });
    // Another window saves first.
    await host.invoke('journeys.save', { journey: { ...journey, name: 'Theirs' } });
    const late = await refusal(
      host.invoke('journeys.save', {
        journey: { ...journey, name: 'Mine' },
        baseRevision: revision,
      }),
    );
    expect(late.code).toBe('conflict');
    expect(late.message).toContain('revision 2');
    expect((await host.invoke('journeys.get', { id: 'welcome' })).journey.name).toBe('Theirs');
    // From their revision, the save goes through.
    expect(
      await host.invoke('journeys.save', {
        journey: { ...journey, name: 'Mine' },
        baseRevision: 2,
      }),
    ).toEqual({ revision: 3 });
  });

  it('refuses an invalid journey with located problems and stores nothing', async () => {
    const { journey } = await host.invoke('journeys.get', { id: 'welcome' });
    const bad = { ...journey, status: 'sleeping', nodes: [{ id: 'w', type: 'wait', for: 'x' }] };
    // Deliberately invalid: the type says Journey, the value does not.
    const err = await refusal(host.invoke('journeys.save', { journey: bad as Journey }));
    expect(err.code).toBe('bad-input');
    expect(err.problems?.map((p) => `${p.file} ${p.path}`)).toEqual(
      expect.arrayContaining([
        'journeys/welcome.journey.json $.status',
        'journeys/welcome.journey.json $.nodes[0].for',
      ]),
    );
    expect((await host.invoke('journeys.get', { id: 'welcome' })).revision).toBe(1);
  });

  it('creates, duplicates, renames, sets status and deletes', async () => {
    const created = await host.invoke('journeys.create', { name: 'Win back!' });
    expect(created).toEqual({ id: 'win-back', revision: 1 });
    const fresh = await host.invoke('journeys.get', { id: 'win-back' });
    expect(fresh.journey).toMatchObject({ name: 'Win back!', status: 'draft' });
    expect(fresh.journey.nodes.map((n) => n.type)).toEqual(['trigger']);

    const again = await host.invoke('journeys.create', { name: 'Win back', from: 'welcome' });
    expect(again.id).toBe('win-back-2');
    const copy = await host.invoke('journeys.get', { id: 'win-back-2' });
    expect(copy.journey).toMatchObject({ id: 'win-back-2', name: 'Win back', status: 'draft' });
    expect(copy.journey.nodes).toHaveLength(2);

    expect(await host.invoke('journeys.duplicate', { id: 'welcome' })).toEqual({
      id: 'welcome-copy',
    });
    expect(await host.invoke('journeys.rename', { id: 'welcome', name: 'Hello' })).toEqual({
      revision: 2,
    });
    await host.invoke('journeys.setStatus', { id: 'welcome', status: 'paused' });
    const renamed = await host.invoke('journeys.get', { id: 'welcome' });
    expect(renamed.journey).toMatchObject({ name: 'Hello', status: 'paused', custom: [1, 2] });
    expect(renamed.revision).toBe(3);

    await host.invoke('journeys.delete', { id: 'win-back' });
    const ids = (await host.invoke('journeys.list', {})).journeys.map((j) => j.id);
    expect(ids.sort()).toEqual(['welcome', 'welcome-copy', 'win-back-2']);
    expect((await refusal(host.invoke('journeys.delete', { id: 'win-back' }))).code).toBe(
      'not-found',
    );
    expect((await refusal(host.invoke('journeys.create', { name: ' ' }))).code).toBe('bad-input');
  });
});
