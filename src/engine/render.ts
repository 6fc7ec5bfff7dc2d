// Rendering as the engine needs it: a subject line through Liquid with the
// scope the spec names. Behind a small interface so the template module's
// renderer (Liquid + MJML) plugs in; this Liquid-only one is the fallback.
import { Liquid, type Template } from 'liquidjs';
import type { WorkspaceSettings } from '../model/workspace.ts';
import type { StoredEvent } from './state.ts';
import { formatInstant } from './time.ts';
import type { JsonObject } from './values.ts';

export type RenderScope = {
  profile: JsonObject;
  /** The event that started the run: its properties, plus `name`, `at` and `properties`. */
  event: JsonObject | null;
  journey: { id: string; name: string };
  workspace: WorkspaceSettings;
  readonly unsubscribe_url: string;
};

export type EmailRenderer = {
  /** Renders a subject line (plain text). May throw: the engine records the error. */
  renderSubject: (subject: string, scope: RenderScope) => string;
};

/** The `event` of a Liquid scope (and of `until.property`): properties first. */
export function eventScope(event: StoredEvent | null): JsonObject | null {
  if (!event) return null;
  return {
    name: event.name,
    at: formatInstant(event.at),
    properties: event.properties,
    ...event.properties,
  };
}

/** A Liquid renderer with compiled templates cached per source text. */
export function createLiquidRenderer(): EmailRenderer {
  const liquid = new Liquid({
    strictVariables: false,
    strictFilters: false,
    outputEscape: undefined,
  });
  const cache = new Map<string, Template[]>();
  return {
    renderSubject(subject, scope) {
      // Most subjects hold no Liquid at all: skip the engine for them.
      if (!subject.includes('{')) return subject;
      let parsed = cache.get(subject);
      if (!parsed) {
        parsed = liquid.parse(subject);
        cache.set(subject, parsed);
      }
      return String(liquid.renderSync(parsed, scope));
    },
  };
}
