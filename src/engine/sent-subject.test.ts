import { describe, expect, it } from 'vitest';
import type { WorkspaceBundle } from '../model/bundle.ts';
import type { Journey } from '../model/journey.ts';
import type { Segment } from '../model/segment.ts';
import { workspaceReadsSentSubject } from './sent-subject.ts';

const journey = (nodes: Journey['nodes'], settings: Journey['settings'] = {}): Journey => ({
  format: 'journey/v1',
  id: 'j',
  name: 'J',
  status: 'draft',
  settings,
  nodes,
  edges: [],
});
const bundle = (journeys: Journey[], segments: Segment[] = []): WorkspaceBundle => ({
  settings: {
    format: 'workspace/v1',
    name: 'W',
    timezone: 'UTC',
    sender: { name: 'W', email: 'w@example.com' },
  },
  journeys,
  templates: [],
  segments,
  personaSets: [],
});
const start: Journey['nodes'][number] = { id: 'start', type: 'trigger', on: 'event', event: 'go' };
const bySubject = { event: 'email_sent', where: { subject: 'Hi' } };

describe('whether a workspace reads a sent subject', () => {
  it('does not when nothing filters email_sent on its subject', () => {
    const byTemplate = { event: 'email_sent', where: { template: 't' } };
    const j = journey([start, { id: 'c', type: 'condition', if: { not: byTemplate } }], {
      exitWhen: [{ event: 'email_sent' }],
    });
    expect(workspaceReadsSentSubject(bundle([j]))).toBe(false);
  });

  it('does through a condition, however deep', () => {
    const j = journey([start, { id: 'c', type: 'condition', if: { all: [{ not: bySubject }] } }]);
    expect(workspaceReadsSentSubject(bundle([j]))).toBe(true);
  });

  it('does through a goal, an exit condition, a waitFor or a segment', () => {
    expect(workspaceReadsSentSubject(bundle([journey([start], { goal: bySubject })]))).toBe(true);
    expect(workspaceReadsSentSubject(bundle([journey([start], { exitWhen: [bySubject] })]))).toBe(
      true,
    );
    const waitFor = { id: 'w', type: 'waitFor', timeout: 'P1D', ...bySubject } as const;
    expect(workspaceReadsSentSubject(bundle([journey([start, waitFor])]))).toBe(true);
    const s: Segment = { format: 'segment/v1', id: 's', name: 'S', condition: bySubject };
    expect(workspaceReadsSentSubject(bundle([journey([start])], [s]))).toBe(true);
  });

  it('does when email_sent starts a journey (its templates read the starting event)', () => {
    const j = journey([{ id: 'start', type: 'trigger', on: 'event', event: 'email_sent' }]);
    expect(workspaceReadsSentSubject(bundle([j]))).toBe(true);
  });
});
