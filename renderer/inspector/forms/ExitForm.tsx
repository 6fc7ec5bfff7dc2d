// An exit has nothing to set: it says what it does.
import type { NodeForm } from '../../editor/types';
import { FormShell } from './FormShell';

export const ExitForm: NodeForm<'exit'> = ({ context }) => (
  <FormShell label="Exit" context={context}>
    <p className="if-explain">
      The run ends here (reason <code>completed</code>). A profile can come back only as the
      journey's re-entry setting allows. A node with nothing connected to its output ends the run
      the same way; an exit makes the end visible.
    </p>
  </FormShell>
);
