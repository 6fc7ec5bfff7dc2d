// One email exactly as the persona received it (simulation.preview): subject,
// from and to, the personalised HTML in a sandboxed frame, desktop or mobile.
import { useState } from 'react';
import { ErrorState } from '../components/ErrorState';
import { MonitorIcon, PhoneIcon } from '../components/icons';
import { Loading } from '../components/Loading';
import { formatInstant } from '../format/time';
import { useInvoke } from '../hooks/use-invoke';

export type PreviewTarget = {
  sessionId?: string;
  runId?: string;
  persona: string;
  journey: string;
  node: string;
  at?: string;
};

type Props = {
  target: PreviewTarget;
  timeZone: string;
  onClose: () => void;
  /** Where the back button goes: the timeline unless told. */
  backLabel?: string;
};

export function EmailPreviewPanel({ target, timeZone, onClose, backLabel = 'Timeline' }: Props) {
  const [width, setWidth] = useState<'desktop' | 'mobile'>('desktop');
  const preview = useInvoke('simulation.preview', target);
  return (
    <section className="sim-preview" aria-label="Email as received">
      <header className="sim-preview-head">
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          ← {backLabel}
        </button>
        <fieldset className="segmented">
          <legend className="sr-only">Width</legend>
          <button
            type="button"
            aria-pressed={width === 'desktop'}
            onClick={() => setWidth('desktop')}
          >
            <MonitorIcon size={13} /> Desktop
          </button>
          <button
            type="button"
            aria-pressed={width === 'mobile'}
            onClick={() => setWidth('mobile')}
          >
            <PhoneIcon size={13} /> Mobile
          </button>
        </fieldset>
      </header>
      {preview.status === 'loading' && <Loading label="Rendering the email…" />}
      {preview.status === 'error' && (
        <ErrorState title="This email did not render" message={preview.error.message} />
      )}
      {preview.status === 'ready' && (
        <>
          <dl className="sim-preview-meta">
            <dt>Subject</dt>
            <dd data-testid="preview-subject" className="sim-preview-subject">
              {preview.data.subject}
            </dd>
            <dt>From</dt>
            <dd>{preview.data.from}</dd>
            <dt>To</dt>
            <dd>{preview.data.to}</dd>
            <dt>Sent</dt>
            <dd>{formatInstant(preview.data.at, timeZone)}</dd>
          </dl>
          {preview.data.errors.length > 0 && (
            <ul className="preview-warnings">
              {preview.data.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
          <div className={`sim-preview-stage ${width}`}>
            <iframe
              title={`${preview.data.subject}, as ${target.persona} received it`}
              data-testid="sim-email-frame"
              sandbox=""
              srcDoc={preview.data.html}
              className="sim-preview-frame"
            />
          </div>
        </>
      )}
    </section>
  );
}
