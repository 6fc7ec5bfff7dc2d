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

/** Input types whose text the browser edits (and undoes) itself. */
const nonTextInputs = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'hidden',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** A field where the browser edits text, with its own undo, copy and paste. */
export function editsText(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t instanceof HTMLTextAreaElement) return true;
  if (t.isContentEditable || t.closest('[contenteditable]:not([contenteditable="false"])'))
    return true;
  return t instanceof HTMLInputElement && !nonTextInputs.has(t.type);
}

/** A form control: typing there (letters, Delete) is never a shortcut. */
function inField(t: EventTarget | null): boolean {
  return editsText(t) || t instanceof HTMLInputElement || t instanceof HTMLSelectElement;
}

/**
 * The action of a key press, or null. In a text field the browser keeps its
 * own keys (Ctrl/⌘ Z undoes the typing there, not an edit of the journey);
 * on other controls only the modified keys (undo, redo, copy…) reach the editor.
 */
export function shortcutOf(e: KeyboardEvent): ShortcutAction | null {
  if (editsText(e.target)) return null;
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (mod && key === 'y') return 'redo';
  if (inField(e.target)) return null;
  if (mod && key === 'c') return 'copy';
  if (mod && key === 'v') return 'paste';
  if (mod && key === 'd') return 'duplicate';
  if (mod && key === 'a') return 'selectAll';
  if (!mod && !e.altKey && key === 'f') return 'fitView';
  if (e.key === '?') return 'help';
  return null;
}
