// The readable report `waymark simulate` prints without --json: per persona a
// timeline of entries, emails with their subject, emails held (and until
// when, and by what), suppressions and exits; per journey how many entered,
// reached each node, and converted.
import { getZone, parseInstant, toWall } from '../engine/time.ts';
import type { TraceEntry } from '../engine/types.ts';
import type { PersonaOut, SimulationOutput } from './output.ts';

// Within one instant: entries, then emails, holds and suppressions, then exits.
type Line = { at: string; rank: number; order: number; text: string };

const exitWords: Record<string, string> = {
  completed: 'completed',
  goal: 'reached the goal',
  'exit-condition': 'left by its exit condition',
  unsubscribed: 'unsubscribed',
  horizon: 'still inside at the end',
};

const holdWords: Record<string, string> = {
  'quiet-hours': 'quiet hours',
  'frequency-cap': 'frequency cap',
};

const suppressionWords: Record<string, string> = {
  'frequency-cap': 'frequency cap',
  unsubscribed: 'unsubscribed',
  'suppressed-address': 'address on the suppression list',
  'missing-email': 'no email address',
};

/** An instant as the persona's wall clock ("08:00 Asia/Tokyo"): quiet hours are read there. */
function localClock(at: string, zoneName: string): string {
  const zone = getZone(zoneName);
  const { hour, minute } = toWall(zone, parseInstant(at));
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')} ${zone.name}`;
}

function timeline(p: PersonaOut, trace: readonly TraceEntry[], timezone: string): string[] {
  const lines: Line[] = [];
  let order = 0;
  for (const r of p.runs) {
    lines.push({ at: r.entered, rank: 0, order: order++, text: `enters ${r.journey}` });
    if (r.exited !== null)
      lines.push({
        at: r.exited,
        rank: 2,
        order: order++,
        text: `exits ${r.journey}: ${exitWords[r.reason] ?? r.reason}`,
      });
  }
  for (const e of p.emails) {
    const error = e.error ? ` (render error: ${e.error})` : '';
    lines.push({
      at: e.at,
      rank: 1,
      order: order++,
      text: `email ${e.journey}/${e.node} ${e.template} to ${e.to}: "${e.subject}"${error}`,
    });
  }
  // Holds are not in the output (a held email is no suppression); the trace has them.
  for (const t of trace) {
    if (t.kind !== 'held') continue;
    const { by, until } = t.reason;
    if (typeof until !== 'string') continue;
    const words = typeof by === 'string' ? (holdWords[by] ?? by) : 'held';
    lines.push({
      at: t.at,
      rank: 1,
      order: order++,
      text: `held ${t.journey}/${t.node} until ${until} (${localClock(until, timezone)}): ${words}`,
    });
  }
  for (const s of p.suppressed) {
    lines.push({
      at: s.at,
      rank: 1,
      order: order++,
      text: `not sent ${s.journey}/${s.node}: ${suppressionWords[s.reason] ?? s.reason}`,
    });
  }
  // Stable by time; within one instant, entries before emails before exits as recorded.
  lines.sort((a, b) =>
    a.at < b.at ? -1 : a.at > b.at ? 1 : a.rank !== b.rank ? a.rank - b.rank : a.order - b.order,
  );
  const still = p.runs.filter((r) => r.exited === null).map((r) => r.journey);
  const out = lines.map((l) => `  ${l.at}  ${l.text}`);
  if (still.length > 0) out.push(`  (still in at the end: ${still.join(', ')})`);
  if (out.length === 0) out.push('  (nothing happened)');
  return out;
}

/**
 * `trace` (the simulation's, by persona id) adds the emails held and why;
 * without it they are left out. `timezone` is the workspace's: a persona's
 * own wall clock when its profile names none.
 */
export function formatReport(
  output: SimulationOutput,
  trace: Readonly<Record<string, readonly TraceEntry[]>> = {},
  options: { timezone?: string } = {},
): string {
  const lines: string[] = [
    `Simulation from ${output.start} to ${output.end}, seed ${output.seed}`,
    '',
  ];
  for (const p of output.personas) {
    const counts = `${p.emails.length} email${p.emails.length === 1 ? '' : 's'}, ${p.suppressed.length} suppressed`;
    const own = p.profile.timezone;
    const timezone = typeof own === 'string' ? own : (options.timezone ?? 'UTC');
    lines.push(`Persona ${p.id} (${counts})`, ...timeline(p, trace[p.id] ?? [], timezone), '');
  }
  lines.push('Journeys');
  const journeys = Object.entries(output.journeys);
  if (journeys.length === 0) lines.push('  (none simulated)');
  for (const [id, j] of journeys) {
    lines.push(
      `  ${id}: ${j.entered} entered, ${j.conversions} conversion${j.conversions === 1 ? '' : 's'}`,
    );
    const nodes = Object.entries(j.nodes);
    const width = Math.max(0, ...nodes.map(([n]) => n.length));
    for (const [node, { reached }] of nodes)
      lines.push(`    ${node.padEnd(width)}  reached ${reached}`);
  }
  return `${lines.join('\n')}\n`;
}
