// Event names worth suggesting while typing one: what this journey already
// names, and the events the engine itself emits or reads.
import type { Condition, Journey } from '../../src/model';
import { conditionForm } from '../format/condition-form';

const engineEvents = ['email_sent', 'email_opened', 'email_clicked', 'unsubscribed', 'identify'];

function conditionEvents(c: Condition, out: Set<string>): void {
  const form = conditionForm(c);
  if (form.kind === 'event') out.add(form.condition.event);
  else if (form.kind === 'all') for (const x of form.condition.all) conditionEvents(x, out);
  else if (form.kind === 'any') for (const x of form.condition.any) conditionEvents(x, out);
  else if (form.kind === 'not') conditionEvents(form.condition.not, out);
}

export function knownEvents(journey: Journey): string[] {
  const out = new Set<string>();
  for (const node of journey.nodes) {
    if ((node.type === 'trigger' || node.type === 'waitFor') && typeof node.event === 'string') {
      out.add(node.event);
    }
    if (node.type === 'condition') conditionEvents(node.if, out);
  }
  const s = journey.settings;
  if (s?.goal) out.add(s.goal.event);
  for (const c of s?.exitWhen ?? []) conditionEvents(c, out);
  for (const e of engineEvents) out.add(e);
  return [...out].filter((e) => e !== '').sort();
}
