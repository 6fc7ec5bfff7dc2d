// An MJML template rendered to HTML in the renderer (mjml-browser, loaded on
// first use) and shown in a sandboxed frame: no scripts, no same origin.
import type { MjmlError } from 'mjml-browser';
import { useEffect, useState } from 'react';
import { Loading } from '../components/Loading';

export type PreviewWidth = 'desktop' | 'mobile';

type Rendered =
  | { status: 'rendering' }
  | { status: 'ready'; html: string; errors: MjmlError[] }
  | { status: 'error'; message: string };

export function MjmlPreview({ mjml, width }: { mjml: string; width: PreviewWidth }) {
  const [rendered, setRendered] = useState<Rendered>({ status: 'rendering' });
  useEffect(() => {
    let live = true;
    setRendered({ status: 'rendering' });
    import('mjml-browser')
      .then(async ({ default: mjml2html }) => {
        const { html, errors } = await mjml2html(mjml, { validationLevel: 'soft' });
        if (live) setRendered({ status: 'ready', html, errors });
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
  }, [mjml]);

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
