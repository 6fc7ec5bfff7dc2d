// The bar above the main area: what is open (icon, title, status, a line of
// facts) and the actions for it. Views fill it; later issues add actions.
import type { ReactNode } from 'react';

type Props = {
  icon?: ReactNode;
  kind?: string;
  title: string;
  status?: ReactNode;
  meta?: ReactNode;
  actions?: ReactNode;
};

export function TopBar({ icon, kind, title, status, meta, actions }: Props) {
  return (
    <header className="topbar">
      <div className="topbar-title">
        {icon && <span className="topbar-icon">{icon}</span>}
        {kind && (
          <>
            <span className="topbar-kind">{kind}</span>
            <span className="topbar-sep" aria-hidden="true">
              /
            </span>
          </>
        )}
        <h1 title={title}>{title}</h1>
        {status}
        {meta && <span className="topbar-meta">{meta}</span>}
      </div>
      <div className="topbar-actions">{actions}</div>
    </header>
  );
}
