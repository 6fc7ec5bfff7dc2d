// The template renderer as the engine's subject renderer (src/engine/render.ts,
// `EmailRenderer`). The shape is declared here structurally so template/ does
// not import engine/ (the engine may import template/, not the reverse). The
// engine hands over its Liquid scope, whose `event` is already flattened
// (properties at the top, plus name, at and properties); it expects a thrown
// error for a render problem and records it on the email.
import type { WorkspaceSettings } from '../model/workspace.ts';
import type { RenderContext, RenderEvent } from './context.ts';
import type { TemplateRenderer } from './renderer.ts';

export type EngineSubjectScope = {
  profile: Readonly<Record<string, unknown>>;
  event: Readonly<Record<string, unknown>> | null;
  journey: { id: string; name: string };
  workspace: WorkspaceSettings;
};

export type EngineSubjectRenderer = {
  renderSubject: (subject: string, scope: EngineSubjectScope) => string;
};

export function engineSubjectRenderer(renderer: TemplateRenderer): EngineSubjectRenderer {
  return {
    renderSubject(subject, scope) {
      const ctx: RenderContext = {
        profile: scope.profile,
        event: renderEvent(scope.event),
        journey: scope.journey,
        workspace: scope.workspace,
      };
      const result = renderer.renderSubject(ctx, subject);
      if ('error' in result) throw new Error(result.error);
      return result.text;
    },
  };
}

function renderEvent(event: Readonly<Record<string, unknown>> | null): RenderEvent | null {
  if (!event) return null;
  const { name, at, properties } = event;
  return {
    name: String(name ?? ''),
    at: String(at ?? ''),
    properties: isRecord(properties) ? properties : {},
  };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
