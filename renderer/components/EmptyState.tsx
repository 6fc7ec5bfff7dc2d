// What a list or view shows when it has nothing yet, and what to do about it.
import type { ReactNode } from 'react';

type Props = { icon?: ReactNode; title: string; children?: ReactNode };

export function EmptyState({ icon, title, children }: Props) {
  return (
    <div className="state state-empty">
      {icon && <div className="state-icon">{icon}</div>}
      <h2 className="state-title">{title}</h2>
      {children && <div className="state-message">{children}</div>}
    </div>
  );
}
