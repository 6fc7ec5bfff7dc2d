// Rendering as the engine needs it: a subject line through Liquid with the
// scope the spec names. Behind a small interface so the template module's
// renderer (Liquid + MJML) plugs in; this Liquid-only one is the fallback,
// header-safe like it: line breaks fold into spaces (src/template/subject.ts).
import { Liquid, type Template } from 'liquidjs';
import type { WorkspaceSettings } from '../model/workspace.ts';
import { toHeaderText } from '../template/subject.ts';
import type { StoredEvent } from './state.ts';
import { formatInstant } from './time.ts';
import type { JsonObject } from './values.ts';

export type RenderScope = {
  profile: JsonObject;
  /** The event that started the run: its properties, then `name`, `at` and `properties` over them. */
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
  // The event's own `name`, `at` and `properties` win over properties of the
  // same name, as in src/template's scope (the body of the same email).
  return {
    ...event.properties,
    name: event.name,
    at: formatInstant(event.at),
    properties: event.properties,
  };
}

/**
 * A Liquid renderer with compiled templates cached per source text. Its
 * output is a header's text: no value can start a new mail header.
 */
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
      if (!subject.includes('{')) return toHeaderText(subject);
      let parsed = cache.get(subject);
      if (!parsed) {
        parsed = liquid.parse(subject);
        cache.set(subject, parsed);
      }
      return toHeaderText(String(liquid.renderSync(parsed, scope)));
    },
  };
}
