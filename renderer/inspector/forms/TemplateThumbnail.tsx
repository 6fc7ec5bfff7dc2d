// A small picture of a template: its MJML (fetched through the API) rendered
// to HTML and shown scaled down in a sandboxed frame (no scripts, no origin).
import { useContext, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useInvoke } from '../../hooks/use-invoke';
import { WorkspaceStoreContext } from '../../stores/workspace-store';
import { templateHtml } from './template-html';

type Shown =
  | { status: 'loading' }
  | { status: 'ready'; html: string }
  | { status: 'error'; message: string };

export function TemplateThumbnail({ id }: { id: string }) {
  const template = useInvoke(
    'templates.get',
    { id },
    (c) => c.kind === 'template' && (c.id === undefined || c.id === id),
  );
  const mjml = template.status === 'ready' ? template.data.mjml : undefined;
  const { name, timezone } = useWorkspaceLook();
  const sample = useMemo(
    () => (name !== undefined && timezone !== undefined ? { name, timezone } : undefined),
    [name, timezone],
  );
  const [shown, setShown] = useState<Shown & { mjml?: string }>({ status: 'loading' });
  useEffect(() => {
    if (mjml === undefined) return;
    let live = true;
    templateHtml(mjml, sample).then(
      (html) => live && setShown({ status: 'ready', html, mjml }),
      (err: unknown) =>
        live &&
        setShown({
          status: 'error',
          message: err instanceof Error ? err.message : String(err),
          mjml,
        }),
    );
    return () => {
      live = false;
    };
  }, [mjml, sample]);

  if (template.status === 'error') {
    return <div className="if-thumb is-empty">{template.error.message}</div>;
  }
  if (shown.status === 'error' && shown.mjml === mjml) {
    return <div className="if-thumb is-empty">This template does not render: {shown.message}</div>;
  }
  if (shown.status !== 'ready' || shown.mjml !== mjml) {
    return (
      <div className="if-thumb is-empty" aria-busy="true">
        Rendering…
      </div>
    );
  }
  return (
    <div className="if-thumb">
      <iframe
        title={`Preview of template ${id}`}
        className="if-thumb-frame"
        sandbox=""
        srcDoc={shown.html}
        tabIndex={-1}
        data-testid="template-thumbnail"
      />
    </div>
  );
}

const noSubscription = () => () => {};

/** The workspace's name and zone for sample Liquid, when a workspace store is above. */
function useWorkspaceLook(): { name?: string; timezone?: string } {
  const store = useContext(WorkspaceStoreContext);
  const summary = useSyncExternalStore(
    store ? store.subscribe : noSubscription,
    () => store?.getState().summary,
  );
  return summary?.status === 'ready'
    ? { name: summary.data.name, timezone: summary.data.timezone }
    : {};
}
