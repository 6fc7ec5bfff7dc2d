// A persona's timeline: every event, step, email, hold, suppression and exit
// of the engine's trace, each with the engine's own sentence saying why.
// Emails open as the persona received them.
import { useEffect, useRef } from 'react';
import { formatInstant } from '../format/time';
import type { TraceEntry } from './types';

const kindLabel: Record<string, string> = {
  event: 'Event',
  profile: 'Profile',
  enter: 'Entered',
  'not-entered': 'Not entered',
  step: 'Step',
  wait: 'Wait',
  email: 'Email',
  held: 'Held',
  released: 'Released',
  suppressed: 'Skipped',
  goal: 'Goal',
  exit: 'Exit',
  segment: 'Segment',
};

type Props = {
  entries: TraceEntry[];
  timeZone: string;
  onOpenEmail?: (entry: TraceEntry) => void;
  empty?: string;
};

export function Timeline({ entries, timeZone, onOpenEmail, empty }: Props) {
  const end = useRef<HTMLLIElement>(null);
  // The newest entry comes into view as the persona moves.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when the entries grow
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'nearest' });
  }, [entries.length]);
  if (entries.length === 0) {
    return <p className="muted sim-timeline-empty">{empty ?? 'Nothing has happened yet.'}</p>;
  }
  return (
    <ol className="sim-timeline" aria-label="Timeline">
      {entries.map((t, i) => (
        // Entries have no id; their order in the trace is fixed.
        // biome-ignore lint/suspicious/noArrayIndexKey: the trace only grows, in order
        <li key={i} className={`sim-entry kind-${t.kind}`} data-kind={t.kind}>
          <span className="sim-entry-dot" aria-hidden="true" />
          <div className="sim-entry-head">
            <span className="sim-entry-kind">{kindLabel[t.kind] ?? t.kind}</span>
            {t.journey && (
              <span className="sim-entry-where mono">
                {t.journey}
                {t.node ? ` / ${t.node}` : ''}
              </span>
            )}
            <time className="sim-entry-at" dateTime={t.at}>
              {formatInstant(t.at, timeZone)}
            </time>
          </div>
          {t.kind === 'email' && onOpenEmail ? (
            <button type="button" className="sim-entry-email" onClick={() => onOpenEmail(t)}>
              <span className="sim-entry-subject">{subjectOf(t)}</span>
              <span className="sim-entry-open">Open as received →</span>
            </button>
          ) : null}
          <p className="sim-entry-why">{t.text}</p>
        </li>
      ))}
      <li ref={end} className="sim-timeline-end" aria-hidden="true" />
    </ol>
  );
}

function subjectOf(t: TraceEntry): string {
  const s = t.reason.subject;
  return typeof s === 'string' ? s : 'Email';
}
