// The "conflicts" view of a run: personas who were in two journeys at once,
// and every email held or skipped by quiet hours or the frequency cap. The
// hold or skip and its sentence come from the engine's trace; for the cap,
// the emails that filled the window (the journeys that won) are read from the
// output's sent emails, with the window arithmetic of the engine.
import {
  formatInstant,
  getZone,
  minusDuration,
  parseDuration,
  parseInstant,
} from '../engine/time.ts';
import type { TraceEntry } from '../engine/types.ts';
import type { WorkspaceBundle } from '../model/bundle.ts';
import type { PersonaOut, SimulationOutput } from './output.ts';

export type Overlap = {
  persona: string;
  journeys: [string, string];
  /** The interval both runs were open: [from, to); `to` is the simulation's end for open runs. */
  from: string;
  to: string;
};

export type CapWinner = { journey: string; node: string; template: string; at: string };

export type EmailConflict = {
  persona: string;
  at: string;
  journey: string;
  node: string;
  template: string;
  /** `held`: sent later (quiet hours, or the cap with `delay`); `skipped`: not sent (`skip`). */
  outcome: 'held' | 'skipped';
  by: 'quiet-hours' | 'frequency-cap';
  /** Until when a held email waited, as the engine said. */
  until?: string;
  /** The engine's sentence for it. */
  text: string;
  /** For the cap: the counted emails inside the window then, the most recent last. */
  wonBy: CapWinner[];
};

export type Conflicts = { overlaps: Overlap[]; emails: EmailConflict[] };

export function findConflicts(
  bundle: WorkspaceBundle,
  output: SimulationOutput,
  trace: Record<string, TraceEntry[]>,
): Conflicts {
  const overlaps: Overlap[] = [];
  const emails: EmailConflict[] = [];
  const journeys = new Map(bundle.journeys.map((j) => [j.id, j]));
  const templates = new Map<string, string>();
  for (const j of bundle.journeys) {
    for (const n of j.nodes) if (n.type === 'email') templates.set(`${j.id}/${n.id}`, n.template);
  }
  const cap = bundle.settings.frequencyCap ?? null;
  const per = cap ? parseDuration(cap.per) : null;
  const workspaceZone = getZone(bundle.settings.timezone);

  for (const p of output.personas) {
    overlaps.push(...overlapsOf(p, output.end));
    const tz = p.profile.timezone;
    const zone = getZone(typeof tz === 'string' ? tz : undefined, workspaceZone);
    // Emails that count toward the cap: every journey's, except those set to ignore it.
    const counted = p.emails.filter(
      (e) => journeys.get(e.journey)?.settings?.frequencyCap !== 'ignore',
    );
    const winners = (at: string): CapWinner[] => {
      if (!per) return [];
      const now = parseInstant(at);
      const from = minusDuration(zone, now, per);
      return counted
        .filter((e) => {
          const t = parseInstant(e.at);
          return t > from && t <= now;
        })
        .map((e) => ({ journey: e.journey, node: e.node, template: e.template, at: e.at }));
    };
    for (const t of trace[p.id] ?? []) {
      if (t.journey === undefined || t.node === undefined) continue;
      const template = templates.get(`${t.journey}/${t.node}`) ?? '';
      if (t.kind === 'held') {
        const by = t.reason.by === 'frequency-cap' ? 'frequency-cap' : 'quiet-hours';
        const until = typeof t.reason.until === 'string' ? t.reason.until : undefined;
        emails.push({
          persona: p.id,
          at: t.at,
          journey: t.journey,
          node: t.node,
          template,
          outcome: 'held',
          by,
          ...(until !== undefined ? { until } : {}),
          text: t.text,
          wonBy: by === 'frequency-cap' ? winners(t.at) : [],
        });
      } else if (t.kind === 'suppressed' && t.reason.reason === 'frequency-cap') {
        emails.push({
          persona: p.id,
          at: t.at,
          journey: t.journey,
          node: t.node,
          template,
          outcome: 'skipped',
          by: 'frequency-cap',
          text: t.text,
          wonBy: winners(t.at),
        });
      }
    }
  }
  return { overlaps, emails };
}

/** Pairs of runs of different journeys open at the same time (touching ends do not overlap). */
function overlapsOf(p: PersonaOut, end: string): Overlap[] {
  const out: Overlap[] = [];
  const runs = p.runs.map((r) => ({ journey: r.journey, from: r.entered, to: r.exited ?? end }));
  for (let i = 0; i < runs.length; i++) {
    for (let k = i + 1; k < runs.length; k++) {
      const a = runs[i];
      const b = runs[k];
      if (!a || !b || a.journey === b.journey) continue;
      const from = Math.max(parseInstant(a.from), parseInstant(b.from));
      const to = Math.min(parseInstant(a.to), parseInstant(b.to));
      if (from < to) {
        out.push({
          persona: p.id,
          journeys: [a.journey, b.journey],
          from: formatInstant(from),
          to: formatInstant(to),
        });
      }
    }
  }
  return out;
}
