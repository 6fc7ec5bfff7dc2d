// A valid trigger of each kind, for when the person switches kinds. Names
// carry over where the kinds share them (event ⇄ inactivity, date ⇄ attribute).
import type { NodeOfType, TriggerKind } from '../../../src/model';
import type { EditorContext } from '../../editor/types';
import { without } from '../objects';

type Trigger = NodeOfType<'trigger'>;

const kindFields = [
  'on',
  'event',
  'where',
  'segment',
  'property',
  'offset',
  'at',
  'yearly',
  'for',
  'to',
];

export const triggerKindChoices: { value: TriggerKind; label: string }[] = [
  { value: 'event', label: 'Does an event' },
  { value: 'segment', label: 'Enters a segment' },
  { value: 'date', label: 'A date in the profile' },
  { value: 'inactivity', label: 'Inactive for a while' },
  { value: 'attribute', label: 'A property changes' },
];

export function switchTrigger(node: Trigger, on: TriggerKind, context: EditorContext): Trigger {
  const base = { ...without(node, ...kindFields), id: node.id, type: 'trigger' as const };
  const event = 'event' in node && typeof node.event === 'string' ? node.event : undefined;
  const property =
    'property' in node && typeof node.property === 'string' ? node.property : undefined;
  switch (on) {
    case 'event':
      return { ...base, on, event: event ?? 'signed_up' };
    case 'segment':
      return { ...base, on, segment: context.segments[0]?.id ?? 'segment' };
    case 'date':
      return { ...base, on, property: property ?? 'birthday', at: '09:00', yearly: true };
    case 'inactivity':
      return { ...base, on, event: event ?? 'order_placed', for: 'P30D' };
    case 'attribute':
      return { ...base, on, property: property ?? 'tier' };
  }
}
