// A bridge that answers the read methods from the starter workspace, the way
// the core would: the boundary is faked, everything above it runs for real.
import type { WaymarkBridge } from '../../src/api/client';
import { ApiClientError } from '../api/errors';
import { starter } from './starter';

const updatedAt = '2026-03-02T09:00:00.000Z';

function notFound(what: string): never {
  throw new ApiClientError('not-found', `There is no ${what}.`);
}

export function starterAnswers(method: string, input: unknown): unknown {
  const arg = (key: string): string => {
    const value = typeof input === 'object' && input !== null ? Reflect.get(input, key) : undefined;
    return typeof value === 'string' ? value : '';
  };
  switch (method) {
    case 'workspace.summary':
      return {
        name: starter.workspace.name,
        timezone: starter.workspace.timezone,
        journeys: starter.journeyIds.map((id) => {
          const j = starter.journey(id);
          return { id, name: j.name, status: j.status, nodeCount: j.nodes.length, updatedAt };
        }),
        templates: starter.templateIds.map((id) => ({ id, name: id, updatedAt })),
        segments: starter.segmentIds.map((id) => ({ id, name: starter.segment(id).name })),
        personaSets: starter.personaNames.map((name) => {
          const file = starter.personas(name);
          return {
            name,
            personaCount: file.personas?.length ?? 0,
            cohortCount: file.cohorts?.length ?? 0,
          };
        }),
      };
    case 'journeys.get':
      if (!starter.journeyIds.includes(arg('id'))) notFound(`journey "${arg('id')}"`);
      return { journey: starter.journey(arg('id')), revision: 1, updatedAt };
    case 'templates.get':
      if (!starter.templateIds.includes(arg('id'))) notFound(`template "${arg('id')}"`);
      return { id: arg('id'), mjml: starter.template(arg('id')), revision: 1, updatedAt };
    case 'segments.get':
      if (!starter.segmentIds.includes(arg('id'))) notFound(`segment "${arg('id')}"`);
      return { segment: starter.segment(arg('id')) };
    case 'personas.get':
      if (!starter.personaNames.includes(arg('name'))) notFound(`persona set "${arg('name')}"`);
      return { name: arg('name'), file: starter.personas(arg('name')) };
    default:
      throw new ApiClientError('unknown-method', `There is no API method "${method}".`);
  }
}

export type FakeBridge = WaymarkBridge & {
  calls: string[];
  emit: (name: string, payload: unknown) => void;
};

export function fakeBridge(
  answer: (method: string, input: unknown) => unknown = starterAnswers,
): FakeBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const calls: string[] = [];
  return {
    calls,
    invoke: async (method, input) => {
      calls.push(method);
      return answer(method, input);
    },
    on: (name, listener) => {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    emit: (name, payload) => {
      for (const l of listeners.get(name) ?? []) l(payload);
    },
  };
}
