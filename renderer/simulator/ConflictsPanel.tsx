// The last run's conflicts: personas in two journeys at once, and every email
// held or skipped by quiet hours or the cap, with the journeys that won.
import { ErrorState } from '../components/ErrorState';
import { Loading } from '../components/Loading';
import { formatInstant } from '../format/time';
import { useInvoke } from '../hooks/use-invoke';

export function ConflictsPanel({ runId, timeZone }: { runId: string | null; timeZone: string }) {
  if (!runId) {
    return (
      <div className="sim-stage-empty">
        <p>Run a persona set in the “Whole run” tab first; its conflicts show here.</p>
      </div>
    );
  }
  return <ConflictsOf runId={runId} timeZone={timeZone} />;
}

function ConflictsOf({ runId, timeZone }: { runId: string; timeZone: string }) {
  const result = useInvoke('simulation.conflicts', { runId });
  if (result.status === 'loading') return <Loading label="Finding conflicts…" />;
  if (result.status === 'error')
    return <ErrorState title="No conflicts to show" message={result.error.message} />;
  const { overlaps, emails } = result.data;
  const at = (iso: string) => formatInstant(iso, timeZone);
  return (
    <div className="page-inner wide sim-conflicts">
      <p className="muted">From the last whole run. Times in {timeZone}.</p>
      <section className="card">
        <h2 className="card-title">
          Emails held or skipped <span className="muted">{emails.length.toLocaleString('en')}</span>
        </h2>
        {emails.length === 0 ? (
          <p className="muted">No email was held or skipped by quiet hours or the cap.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>Persona</th>
                <th>When</th>
                <th>Email</th>
                <th>What happened</th>
                <th>Won by</th>
              </tr>
            </thead>
            <tbody>
              {emails.slice(0, 500).map((e) => (
                <tr key={`${e.persona}/${e.journey}/${e.node}/${e.at}`}>
                  <td className="mono">{e.persona}</td>
                  <td>{at(e.at)}</td>
                  <td className="mono">
                    {e.journey} / {e.node}
                  </td>
                  <td>
                    <span className={`chip outcome-${e.outcome}`}>
                      {e.outcome} · {e.by === 'quiet-hours' ? 'quiet hours' : 'frequency cap'}
                    </span>
                    <p className="sim-entry-why">{e.text}</p>
                  </td>
                  <td>
                    {e.wonBy.length === 0
                      ? '—'
                      : e.wonBy.map((w) => (
                          <div key={`${w.journey}/${w.node}/${w.at}`} className="mono">
                            {w.journey} / {w.node} <span className="muted">{at(w.at)}</span>
                          </div>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {emails.length > 500 && <p className="muted">The first 500 are shown.</p>}
      </section>
      <section className="card">
        <h2 className="card-title">
          In two journeys at once{' '}
          <span className="muted">{overlaps.length.toLocaleString('en')}</span>
        </h2>
        {overlaps.length === 0 ? (
          <p className="muted">No persona was in two journeys at the same time.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>Persona</th>
                <th>Journeys</th>
                <th>From</th>
                <th>To</th>
              </tr>
            </thead>
            <tbody>
              {overlaps.slice(0, 500).map((o) => (
                <tr key={`${o.persona}/${o.journeys.join('+')}/${o.from}`}>
                  <td className="mono">{o.persona}</td>
                  <td>{o.journeys.join(' and ')}</td>
                  <td>{at(o.from)}</td>
                  <td>{at(o.to)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
