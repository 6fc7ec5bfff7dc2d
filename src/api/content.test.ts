import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestHost, type TestHost } from '../host/testing.ts';
import type { PersonasFile, Segment } from '../model/index.ts';

let host: TestHost;
beforeEach(async () => {
  host = await openTestHost();
});
afterEach(() => host.cleanup());

describe('templates.*', () => {
  it('lists, reads and saves templates with revisions', async () => {
    expect((await host.invoke('templates.list', {})).templates).toEqual([
      { id: 'welcome-1', name: 'Welcome aboard', revision: 1, updatedAt: expect.any(String) },
    ]);
    const mjml = '<mjml><mj-head><mj-preview>Fresh</mj-preview></mj-head></mjml>';
    expect(await host.invoke('templates.save', { id: 'welcome-1', mjml })).toEqual({
      revision: 2,
    });
    expect(await host.invoke('templates.get', { id: 'welcome-1' })).toMatchObject({
      id: 'welcome-1',
      mjml,
      revision: 2,
    });
    await host.invoke('templates.save', { id: 'plain', mjml: '<mjml></mjml>' });
    const names = (await host.invoke('templates.list', {})).templates.map((t) => t.name);
    expect(names).toEqual(['plain', 'Fresh']);
    const err = await host.invoke('templates.get', { id: 'gone' }).catch((e) => e);
    expect(err).toMatchObject({ code: 'not-found' });
    const { revisions } = await host.invoke('templates.revisions', { id: 'welcome-1' });
    expect(revisions.map((r) => r.revision)).toEqual([2, 1]);
    const first = await host.invoke('templates.revision', { id: 'welcome-1', revision: 1 });
    expect(first.mjml).toContain('Welcome aboard');
    await host.invoke('templates.delete', { id: 'plain' });
    expect((await host.invoke('templates.list', {})).templates.map((t) => t.id)).toEqual([
      'welcome-1',
    ]);
  });
});

describe('segments.*', () => {
  it('lists, reads and saves segments', async () => {
    expect((await host.invoke('segments.list', {})).segments).toEqual([
      { id: 'vips', name: 'VIPs', updatedAt: expect.any(String) },
    ]);
    const { segment } = await host.invoke('segments.get', { id: 'vips' });
    expect(segment.color).toBe('gold');
    const lapsed: Segment = {
      format: 'segment/v1',
      id: 'lapsed',
      name: 'Lapsed',
      condition: { event: 'order_placed', within: 'P90D' },
    };
    await host.invoke('segments.save', { segment: lapsed });
    expect((await host.invoke('segments.get', { id: 'lapsed' })).segment).toEqual(lapsed);
    const bad = await host
      .invoke('segments.save', { segment: { ...lapsed, id: 'Bad Id' } })
      .catch((e) => e);
    expect(bad).toMatchObject({ code: 'bad-input' });
    await host.invoke('segments.delete', { id: 'lapsed' });
    expect((await host.invoke('segments.list', {})).segments.map((s) => s.id)).toEqual(['vips']);
  });
});

describe('personas.*', () => {
  it('lists, reads and saves persona sets', async () => {
    expect((await host.invoke('personas.list', {})).personaSets).toEqual([
      { name: 'basic', personaCount: 1, cohortCount: 0, updatedAt: expect.any(String) },
    ]);
    const got = await host.invoke('personas.get', { name: 'basic' });
    expect(got).toMatchObject({ name: 'basic', file: { format: 'personas/v1' } });
    const file: PersonasFile = {
      format: 'personas/v1',
      start: '2026-03-02T09:00:00Z',
      horizon: 'P7D',
      cohorts: [{ id: 'crowd', count: 100 }],
    };
    await host.invoke('personas.save', { name: 'crowd', file });
    expect((await host.invoke('personas.list', {})).personaSets.map((p) => p.cohortCount)).toEqual([
      0, 1,
    ]);
    const bad = await host.invoke('personas.save', { name: '../evil', file }).catch((e) => e);
    expect(bad).toMatchObject({ code: 'bad-input' });
    await host.invoke('personas.delete', { name: 'crowd' });
    const gone = await host.invoke('personas.get', { name: 'crowd' }).catch((e) => e);
    expect(gone).toMatchObject({ code: 'not-found' });
  });
});

describe('settings.*', () => {
  it('keeps app settings apart from the workspace', async () => {
    expect(await host.invoke('settings.get', { key: 'theme' })).toEqual({ value: null });
    await host.invoke('settings.set', { key: 'theme', value: { mode: 'dark' } });
    expect(await host.invoke('settings.get', { key: 'theme' })).toEqual({
      value: { mode: 'dark' },
    });
    const { files } = await host.invoke('workspace.export', {});
    expect(JSON.stringify(files)).not.toContain('dark');
  });
});
