// The condition forms a person can add, what each is called, and a valid
// condition of each to start from.
import type { Condition } from '../../../src/model';
import type { EditorContext } from '../../editor/types';

export type LeafKind = 'property' | 'event' | 'tag' | 'segment' | 'email';
export type AddKind = LeafKind | 'group';

export const leafKinds: { value: LeafKind; label: string }[] = [
  { value: 'property', label: 'Profile property' },
  { value: 'event', label: 'Event history' },
  { value: 'tag', label: 'Tag' },
  { value: 'segment', label: 'Segment' },
  { value: 'email', label: 'Email engagement' },
];

export const addKinds: { value: AddKind; label: string }[] = [
  ...leafKinds,
  { value: 'group', label: 'Group (all / any)' },
];

export function leafLabel(kind: LeafKind): string {
  return leafKinds.find((k) => k.value === kind)?.label ?? kind;
}

export function defaultCondition(kind: AddKind, context: EditorContext): Condition {
  switch (kind) {
    case 'property':
      return { property: 'tier', op: 'eq', value: 'gold' };
    case 'event':
      return { event: 'order_placed' };
    case 'tag':
      return { tag: 'vip' };
    case 'segment':
      return { segment: context.segments[0]?.id ?? 'segment' };
    case 'email':
      return { email: 'opened' };
    case 'group':
      return { all: [] };
  }
}

/** Kinds that cannot be added here, with the reason. */
export function unavailable(kind: AddKind, context: EditorContext): string | undefined {
  return kind === 'segment' && context.segments.length === 0 ? 'no segments yet' : undefined;
}
