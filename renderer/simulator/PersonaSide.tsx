// The side of the stepper: which persona is followed (with its description),
// its timeline (optionally of the shown journey only), or one of its emails
// as received.
import { useState } from 'react';
import { humanizeName } from '../format/words';
import { EmailPreviewPanel, type PreviewTarget } from './EmailPreviewPanel';
import { Timeline } from './Timeline';
import type { useSession } from './use-session';

const statusWords: Record<string, string> = {
  active: 'at',
  waiting: 'waiting at',
  waitingFor: 'waiting for an event at',
  held: 'held at',
};

/** Where the followed persona is now: each open run's node and state. */
function WhereNow({
  session,
  names,
}: {
  session: Props['session'];
  names: ReadonlyMap<string, string>;
}) {
  const me = session.snapshot?.personas.find((p) => p.id === session.persona);
  if (!me) return null;
  return (
    <ul className="sim-where" aria-label="Where the persona is">
      {me.runs.length === 0 ? (
        <li className="muted">In no journey now.</li>
      ) : (
        me.runs.map((r) => (
          <li key={`${r.journey}/${r.entered}`}>
            {statusWords[r.status] ?? r.status} <span className="mono">{r.node}</span> in{' '}
            {names.get(r.journey) ?? r.journey}
          </li>
        ))
      )}
    </ul>
  );
}

type Props = {
  session: ReturnType<typeof useSession>;
  journey: string | null;
  journeyName: string | null;
  description: string | null;
  timeZone: string;
  /** Journey names by id. */
  names: ReadonlyMap<string, string>;
};

export function PersonaSide({
  session,
  journey,
  journeyName,
  description,
  timeZone,
  names,
}: Props) {
  const [preview, setPreview] = useState<PreviewTarget | null>(null);
  const [onlyJourney, setOnlyJourney] = useState(false);
  const started = session.sessionId !== null;
  return (
    <aside className="sim-side" aria-label="Persona timeline">
      {session.snapshot && (
        <div className="sim-persona-pick">
          <label className="sim-field">
            <span>Persona</span>
            <select
              aria-label="Persona"
              value={session.persona ?? ''}
              onChange={(e) => {
                setPreview(null);
                void session.selectPersona(e.target.value);
              }}
            >
              {session.snapshot.personas.map((p) => (
                <option key={p.id} value={p.id}>
                  {humanizeName(p.id)} · {p.emails} {p.emails === 1 ? 'email' : 'emails'}
                </option>
              ))}
            </select>
          </label>
          {description && <span className="sim-persona-about">{description}</span>}
          <WhereNow session={session} names={names} />
          {journey && (
            <label className="sim-only">
              <input
                type="checkbox"
                checked={onlyJourney}
                onChange={(e) => setOnlyJourney(e.target.checked)}
              />{' '}
              Only {journeyName}
            </label>
          )}
        </div>
      )}
      {preview ? (
        <EmailPreviewPanel target={preview} timeZone={timeZone} onClose={() => setPreview(null)} />
      ) : (
        <Timeline
          entries={
            onlyJourney && journey
              ? session.trace.filter((t) => t.journey === undefined || t.journey === journey)
              : session.trace
          }
          timeZone={timeZone}
          empty={started ? 'Nothing has happened to this persona yet.' : 'Start a session.'}
          onOpenEmail={(t) =>
            session.sessionId &&
            t.journey &&
            t.node &&
            setPreview({
              sessionId: session.sessionId,
              persona: t.persona,
              journey: t.journey,
              node: t.node,
              at: t.at,
            })
          }
        />
      )}
    </aside>
  );
}
