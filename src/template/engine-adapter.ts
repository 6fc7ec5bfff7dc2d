// The template renderer as the engine's subject renderer (src/engine/render.ts,
// `EmailRenderer`). The shape is declared here structurally so template/ does
// not import engine/ (the engine may import template/, not the reverse). The
// engine hands over its Liquid scope, whose `event` is already flattened
// (properties at the top, plus name, at and properties); it expects a thrown
// error for a render problem and records it on the email.
import type { WorkspaceSettings } from '../model/workspace.ts';
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
      // The engine renders a subject per email: its scope and event are read
      // as they are (fast-subject.ts), with no context or event made per call.
      const text = renderer.subjectText(subject, scope, scope.event);
      if (typeof text !== 'string') throw new Error(text.error);
      return text;
    },
  };
}
