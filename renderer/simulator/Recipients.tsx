// Who received one email of a whole run: the first personas by id (from the
// host, not the whole output), each opening the email as they received it.
import { ErrorState } from '../components/ErrorState';
import { Loading } from '../components/Loading';
import { readableLiquid } from '../format/liquid';
import { formatInstant } from '../format/time';
import { humanizeName } from '../format/words';
import { useInvoke } from '../hooks/use-invoke';
import type { PreviewTarget } from './EmailPreviewPanel';

export const recipientsShown = 20;

type Props = {
  runId: string;
  journey: string;
  node: string;
  /** The email's subject as written (Liquid), for the heading. */
  subject: string;
  timeZone: string;
  onOpen: (target: PreviewTarget) => void;
  onClose: () => void;
};

export function Recipients({ runId, journey, node, subject, timeZone, onOpen, onClose }: Props) {
  const list = useInvoke('simulation.recipients', {
    runId,
    journey,
    node,
    limit: recipientsShown,
  });
  return (
    <section className="sim-recipients" aria-label="Who received this email">
      <header className="sim-preview-head">
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          ← Results
        </button>
      </header>
      <h3 className="section-title">
        {readableLiquid(subject)} <span className="muted mono">{node}</span>
      </h3>
      {list.status === 'loading' && <Loading label="Finding who received it…" />}
      {list.status === 'error' && (
        <ErrorState title="The recipients did not load" message={list.error.message} />
      )}
      {list.status === 'ready' &&
        (list.data.total === 0 ? (
          <p className="muted">Nobody received this email in this run.</p>
        ) : (
          <>
            <p className="muted">
              {list.data.total.toLocaleString('en')}{' '}
              {list.data.total === 1 ? 'persona' : 'personas'} received it
              {list.data.total > list.data.personas.length
                ? `; the first ${list.data.personas.length} by id:`
                : ':'}
            </p>
            <ul className="sim-recipient-list" aria-label="Recipients">
              {list.data.personas.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className="sim-recipient"
                    onClick={() => onOpen({ runId, persona: p.id, journey, node, at: p.at })}
                  >
                    <span className="sim-recipient-name">{humanizeName(p.id)}</span>
                    <span className="muted">{formatInstant(p.at, timeZone)}</span>
                    <span className="sim-recipient-subject">{p.subject}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}
