// What a template sees (spec/FORMAT.md, "Templates"): the profile, the event
// that started the run, the journey, the workspace and the unsubscribe URL.
import type { WorkspaceSettings } from '../model/workspace.ts';

/** The event that started the run, as the engine keeps it. */
export type RenderEvent = {
  name: string;
  at: string;
  properties?: Readonly<Record<string, unknown>>;
};

/** Everything a render needs about one recipient at one moment. */
export type RenderContext = {
  profile: Readonly<Record<string, unknown>>;
  event: RenderEvent | null;
  journey: { id: string; name: string };
  workspace: WorkspaceSettings;
};

/**
 * The Liquid scope without `unsubscribe_url`, which is itself rendered from
 * this scope. `event` shows its properties at the top (`event.starts_at`, as
 * a wait's `until.property` names them) and also under `event.properties`;
 * `name` and `at` win over a property of the same name.
 */
export function baseScope(ctx: RenderContext): Record<string, unknown> {
  const event = ctx.event
    ? {
        ...ctx.event.properties,
        name: ctx.event.name,
        at: ctx.event.at,
        properties: ctx.event.properties ?? {},
      }
    : {};
  return {
    profile: ctx.profile,
    event,
    journey: { id: ctx.journey.id, name: ctx.journey.name },
    workspace: publicWorkspace(ctx.workspace),
  };
}

/** The workspace as templates may read it: the suppression list stays out of reach. */
function publicWorkspace(settings: WorkspaceSettings): Record<string, unknown> {
  const { suppressions: _hidden, ...rest } = settings;
  return rest;
}
