// The editor's keyboard shortcuts, listed once: the handler and the sheet
// (`?`) both read this table.
export type ShortcutAction =
  | 'undo'
  | 'redo'
  | 'copy'
  | 'paste'
  | 'duplicate'
  | 'selectAll'
  | 'fitView'
  | 'help';

export const shortcutSheet: { keys: string; what: string }[] = [
  { keys: 'Ctrl/⌘ Z', what: 'Undo' },
  { keys: 'Shift Ctrl/⌘ Z, Ctrl Y', what: 'Redo' },
  { keys: 'Ctrl/⌘ C', what: 'Copy the selected nodes' },
  { keys: 'Ctrl/⌘ V', what: 'Paste (into this or another journey)' },
  { keys: 'Ctrl/⌘ D', what: 'Duplicate the selected nodes' },
  { keys: 'Ctrl/⌘ A', what: 'Select every node' },
  { keys: 'Delete, Backspace', what: 'Delete the selection' },
  { keys: 'Shift-click', what: 'Add a node to the selection' },
  { keys: 'Shift-drag', what: 'Select the nodes in a box' },
  { keys: 'F', what: 'Fit the journey in view' },
  { keys: 'Drag from an output to empty canvas', what: 'Pick the next node there' },
  { keys: '?', what: 'This sheet' },
];

/** The action of a key press, or null; typing in a field is never a shortcut. */
export function shortcutOf(e: KeyboardEvent): ShortcutAction | null {
  const t = e.target;
  if (
    t instanceof HTMLElement &&
    (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))
  )
    return null;
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (mod && key === 'y') return 'redo';
  if (mod && key === 'c') return 'copy';
  if (mod && key === 'v') return 'paste';
  if (mod && key === 'd') return 'duplicate';
  if (mod && key === 'a') return 'selectAll';
  if (!mod && !e.altKey && key === 'f') return 'fitView';
  if (e.key === '?') return 'help';
  return null;
}
