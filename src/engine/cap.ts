// The workspace frequency cap (spec: "frequencyCap" and "Window boundaries"):
// a sliding window per profile over every journey's counted emails. An email
// is blocked when `max` went out at instants t with `now - per < t <= now`.
import type { ProfileState } from './state.ts';
import { minusDuration, type ParsedDuration, plusDuration } from './time.ts';

export type Cap = { max: number; per: ParsedDuration };

function inWindow(state: ProfileState, cap: Cap, at: number): number[] {
  const start = minusDuration(state.zone, at, cap.per);
  return state.capSends.filter((t) => t > start && t <= at);
}

export function capBlocks(state: ProfileState, cap: Cap, at: number): boolean {
  const sends = state.capSends;
  if (sends.length < cap.max) return false;
  const start = minusDuration(state.zone, at, cap.per);
  let n = 0;
  for (const t of sends) if (t > start && t <= at) n++;
  return n >= cap.max;
}

/** The first instant after `at` when the cap lets one more email go, as things stand. */
export function capFreesAt(state: ProfileState, cap: Cap, at: number): number {
  const sends = inWindow(state, cap, at);
  if (sends.length < cap.max) return at;
  // Enough of the oldest must leave the window: the one that brings it below max.
  const leaving = sends[sends.length - cap.max] ?? at;
  const free = plusDuration(state.zone, leaving, cap.per);
  return free > at ? free : at + 1000;
}

/** Counts an email sent at `at`, forgetting sends that can no longer be in any window. */
export function recordCapSend(state: ProfileState, cap: Cap, at: number): void {
  const sends = state.capSends;
  if (sends.length === 0) {
    sends.push(at);
    return;
  }
  const start = minusDuration(state.zone, at, cap.per);
  let drop = 0;
  while (drop < sends.length && (sends[drop] ?? 0) <= start) drop++;
  if (drop > 0) {
    // In place: `splice` would make an array of the dropped sends, and
    // setting `length` is a call into V8's runtime; `pop` is compiled inline.
    for (let i = drop; i < sends.length; i++) sends[i - drop] = sends[i] as number;
    for (let i = 0; i < drop; i++) sends.pop();
  }
  sends.push(at);
}
