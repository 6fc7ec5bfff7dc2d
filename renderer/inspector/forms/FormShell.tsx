// What every node form has: the node's problems above its fields.
import type { ReactNode } from 'react';
import type { EditorContext } from '../../editor/types';
import { ProblemList } from '../fields/ProblemList';

export function FormShell({
  label,
  context,
  children,
}: {
  /** Names the form for assistive technology: "Wait settings". */
  label: string;
  context: EditorContext;
  children: ReactNode;
}) {
  return (
    <form className="if-form" aria-label={label} onSubmit={(e) => e.preventDefault()}>
      <ProblemList problems={context.problems} />
      {children}
    </form>
  );
}
