// An MJML template rendered to HTML in the renderer (mjml-browser, loaded on
// first use) and shown in a sandboxed frame: no scripts, no same origin.
import type { MjmlError } from 'mjml-browser';
import { useEffect, useState } from 'react';
import { Loading } from '../components/Loading';
import { renderSample, type SampleWorkspace } from './sample-liquid';

export type PreviewWidth = 'desktop' | 'mobile';

type Rendered =
  | { status: 'rendering' }
  | { status: 'ready'; html: string; errors: MjmlError[] }
  | { status: 'error'; message: string };

type Props = {
  mjml: string;
  width: PreviewWidth;
  /** Fill Liquid with a sample recipient of this workspace; none: show Liquid as written. */
  sample?: SampleWorkspace;
};

export function MjmlPreview({ mjml, width, sample }: Props) {
  const [rendered, setRendered] = useState<Rendered>({ status: 'rendering' });
  useEffect(() => {
    let live = true;
    setRendered({ status: 'rendering' });
    import('mjml-browser')
      .then(async ({ default: mjml2html }) => {
        const { html, errors } = await mjml2html(mjml, { validationLevel: 'soft' });
        const shown = sample ? await renderSample(html, sample) : html;
        if (live) setRendered({ status: 'ready', html: shown, errors });
      })
      .catch((err: unknown) => {
        if (live)
          setRendered({
            status: 'error',
            message: err instanceof Error ? err.message : String(err),
          });
      });
    return () => {
      live = false;
    };
  }, [mjml, sample]);

  if (rendered.status === 'rendering') return <Loading label="Rendering the email…" />;
  if (rendered.status === 'error') {
    return (
      <div className="preview-error" role="alert">
        This template does not render: {rendered.message}
      </div>
    );
  }
  return (
    <div className="preview">
      {rendered.errors.length > 0 && (
        <ul className="preview-warnings" aria-label="MJML warnings">
          {rendered.errors.map((e) => (
            <li key={`${e.line}:${e.message}`}>
              Line {e.line}: {e.message}
            </li>
          ))}
        </ul>
      )}
      <div className={`preview-device preview-${width}`}>
        <iframe
          title="Email preview"
          className="preview-frame"
          sandbox=""
          srcDoc={rendered.html}
          data-testid="template-preview"
        />
      </div>
    </div>
  );
}
