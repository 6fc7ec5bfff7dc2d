// Whether anything in a workspace can read the `subject` of an `email_sent`
// event: a `where` on it (in a condition, a goal, a waitFor or a trigger),
// or a journey that `email_sent` starts (its templates and waits read the
// starting event). When nothing can, a simulation need not render the
// subjects of profiles it keeps no record of (EngineOptions.subjects).
import type { WorkspaceBundle } from '../model/bundle.ts';

const SENT = 'email_sent';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether this value (a journey, a segment, a condition, any part) reads a sent email's subject. */
function readsSubject(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(readsSubject);
  if (!isObject(value)) return false;
  if (value.event === SENT) {
    // A trigger on it hands the whole event to the run.
    if (value.type === 'trigger') return true;
    if (isObject(value.where) && 'subject' in value.where) return true;
  }
  return Object.values(value).some(readsSubject);
}

export function workspaceReadsSentSubject(bundle: WorkspaceBundle): boolean {
  return bundle.journeys.some(readsSubject) || bundle.segments.some(readsSubject);
}
