import { describe, expect, it } from 'vitest';
import { createLiquidRenderer, eventScope, type RenderScope } from './render.ts';

const scope = (profile: RenderScope['profile']): RenderScope => ({
  profile,
  event: null,
  journey: { id: 'j', name: 'J' },
  workspace: { format: 'workspace/v1', name: 'W', timezone: 'UTC' } as RenderScope['workspace'],
  unsubscribe_url: '',
});

describe('the fallback subject renderer', () => {
  it('folds line breaks, so no value can start a new mail header', () => {
    const r = createLiquidRenderer();
    expect(r.renderSubject('Hi {{ profile.name }}', scope({ name: 'A\r\nBcc: x@y.z' }))).toBe(
      'Hi A Bcc: x@y.z',
    );
    expect(r.renderSubject('Plain\nsubject', scope({}))).toBe('Plain subject');
  });
});

describe('eventScope', () => {
  it("puts the event's own name, at and properties over same-named properties", () => {
    const s = eventScope({
      name: 'product_viewed',
      at: Date.UTC(2026, 2, 2, 9),
      seq: 1,
      properties: { name: 'Runner', at: 'x', properties: 'y', sku: 'A1' },
      prev: null,
    });
    expect(s?.name).toBe('product_viewed');
    expect(s?.at).toBe('2026-03-02T09:00:00Z');
    expect(s?.properties).toEqual({ name: 'Runner', at: 'x', properties: 'y', sku: 'A1' });
    expect(s?.sku).toBe('A1');
  });
});
