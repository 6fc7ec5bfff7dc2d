// The three ways a wait ends, and moving a wait node between them.
import type { NodeOfType, Weekday } from '../../../src/model';
import { without } from '../objects';

type Wait = NodeOfType<'wait'>;
export type WaitMode = 'for' | 'time' | 'property';
export type UntilTime = { time: string; weekdays?: Weekday[]; [key: string]: unknown };
export type UntilProperty = { property: string; offset?: string; [key: string]: unknown };

export const waitModeChoices: { value: WaitMode; label: string }[] = [
  { value: 'for', label: 'A set time' },
  { value: 'time', label: 'Time of day' },
  { value: 'property', label: 'A date' },
];

export const weekdays: { value: Weekday; short: string; long: string }[] = [
  { value: 'mon', short: 'Mo', long: 'Monday' },
  { value: 'tue', short: 'Tu', long: 'Tuesday' },
  { value: 'wed', short: 'We', long: 'Wednesday' },
  { value: 'thu', short: 'Th', long: 'Thursday' },
  { value: 'fri', short: 'Fr', long: 'Friday' },
  { value: 'sat', short: 'Sa', long: 'Saturday' },
  { value: 'sun', short: 'Su', long: 'Sunday' },
];

export function untilTime(node: Wait): UntilTime | undefined {
  const u = node.until;
  return u && typeof u.time === 'string' ? { ...u, time: u.time } : undefined;
}

export function untilProperty(node: Wait): UntilProperty | undefined {
  const u = node.until;
  if (!u || typeof u.property !== 'string') return undefined;
  return typeof u.offset === 'string'
    ? { ...u, property: u.property, offset: u.offset }
    : { ...without(u, 'offset'), property: u.property };
}

export function waitMode(node: Wait): WaitMode {
  if (untilTime(node)) return 'time';
  if (untilProperty(node)) return 'property';
  return 'for';
}

export function switchWait(node: Wait, mode: WaitMode): Wait {
  const base = { ...without(node, 'for', 'until'), id: node.id, type: 'wait' as const };
  switch (mode) {
    case 'for':
      return { ...base, for: 'P1D' };
    case 'time':
      return { ...base, until: { time: '09:00' } };
    case 'property':
      return { ...base, until: { property: 'event.starts_at', offset: '-P1D' } };
  }
}
