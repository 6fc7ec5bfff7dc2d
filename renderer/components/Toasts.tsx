// The toasts of the window, bottom centre.
import { dismissToast, useToasts } from '../stores/toast-store';

export function Toasts() {
  const toasts = useToasts((s) => s.toasts);
  if (toasts.length === 0) return null;
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast is-${t.tone}`} data-testid="toast">
          <span>{t.text}</span>
          {[...(t.action ? [t.action] : []), ...(t.more ?? [])].map((a) => (
            <button
              key={a.label}
              type="button"
              className="toast-action"
              onClick={() => {
                a.run();
                dismissToast(t.id);
              }}
            >
              {a.label}
            </button>
          ))}
          <button
            type="button"
            className="toast-close"
            aria-label="Dismiss"
            onClick={() => dismissToast(t.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
