// A template: its MJML source beside the rendered email, at desktop or
// mobile width. Read-only here; editing arrives with the editor.
import { useMemo, useState } from 'react';
import { ErrorState } from '../components/ErrorState';
import { MonitorIcon, PhoneIcon, TemplateIcon } from '../components/icons';
import { Loading } from '../components/Loading';
import { TopBar } from '../components/TopBar';
import { formatRelative } from '../format/time';
import { useInvoke } from '../hooks/use-invoke';
import { useWorkspace } from '../stores/workspace-store';
import { MjmlPreview, type PreviewWidth } from './MjmlPreview';
import { sampleProfile } from './sample-liquid';

export function TemplateView({ id }: { id: string }) {
  const result = useInvoke(
    'templates.get',
    { id },
    (c) => c.kind === 'template' && (c.id === undefined || c.id === id),
  );
  const name = useWorkspace((s) =>
    s.summary.status === 'ready'
      ? s.summary.data.templates.find((t) => t.id === id)?.name
      : undefined,
  );
  const [width, setWidth] = useState<PreviewWidth>('desktop');
  const [withSample, setWithSample] = useState(true);
  const workspaceName = useWorkspace((s) =>
    s.summary.status === 'ready' ? s.summary.data.name : undefined,
  );
  const timezone = useWorkspace((s) =>
    s.summary.status === 'ready' ? s.summary.data.timezone : undefined,
  );
  const sample = useMemo(
    () =>
      withSample && workspaceName !== undefined && timezone !== undefined
        ? { name: workspaceName, timezone }
        : undefined,
    [withSample, workspaceName, timezone],
  );

  if (result.status === 'loading') return <Loading label="Opening the template…" />;
  if (result.status === 'error') {
    return (
      <ErrorState
        title="This template did not open"
        message={result.error.message}
        problems={result.error.problems}
        onRetry={result.reload}
      />
    );
  }
  const template = result.data;
  const lines = template.mjml.split('\n');
  return (
    <div className="view">
      <TopBar
        icon={<TemplateIcon size={16} />}
        kind="Templates"
        title={name ?? template.id}
        meta={`${template.id}.mjml · revision ${template.revision} · edited ${formatRelative(template.updatedAt)}`}
        actions={
          <>
            <fieldset className="segmented">
              <legend className="sr-only">Liquid</legend>
              <button type="button" aria-pressed={withSample} onClick={() => setWithSample(true)}>
                Sample data
              </button>
              <button type="button" aria-pressed={!withSample} onClick={() => setWithSample(false)}>
                Liquid
              </button>
            </fieldset>
            <fieldset className="segmented">
              <legend className="sr-only">Preview width</legend>
              <button
                type="button"
                aria-pressed={width === 'desktop'}
                onClick={() => setWidth('desktop')}
              >
                <MonitorIcon size={14} /> Desktop
              </button>
              <button
                type="button"
                aria-pressed={width === 'mobile'}
                onClick={() => setWidth('mobile')}
              >
                <PhoneIcon size={14} /> Mobile
              </button>
            </fieldset>
          </>
        }
      />
      <div className="view-body template-body">
        <section className="source" aria-label="MJML source">
          <div className="pane-head">MJML source</div>
          <pre className="source-code">
            <code>
              {lines.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
                <span key={i} className="source-line">
                  <span className="source-gutter">{i + 1}</span>
                  {line || ' '}
                  {'\n'}
                </span>
              ))}
            </code>
          </pre>
        </section>
        <section className="preview-pane" aria-label="Preview">
          <MjmlPreview mjml={template.mjml} width={width} sample={sample} />
          <p className="preview-note">
            {sample
              ? `Shown with a sample recipient (${sampleProfile.first_name}, ${sampleProfile.tier} tier). The simulator shows each persona's own email.`
              : 'Shown with Liquid as written.'}
          </p>
        </section>
      </div>
    </div>
  );
}
