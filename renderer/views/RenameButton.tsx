// Renames the journey in place: an edit like any other (undoable, autosaved).
import { useState } from 'react';
import { useEditorStore } from '../editor/context';

export function RenameButton() {
  const store = useEditorStore();
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null) {
    return (
      <button
        type="button"
        className="btn btn-ghost btn-small"
        onClick={() => setDraft(store.getState().journey.name)}
        title="Rename the journey"
        data-testid="rename-journey"
      >
        Rename
      </button>
    );
  }
  const commit = () => {
    const name = draft.trim();
    const { journey, replace } = store.getState();
    if (name && name !== journey.name) replace({ ...journey, name }, `Renamed to ${name}`);
    setDraft(null);
  };
  return (
    <input
      className="rename-input"
      aria-label="Journey name"
      value={draft}
      // biome-ignore lint/a11y/noAutofocus: opened by the person's click, to type at once
      autoFocus
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(null);
      }}
    />
  );
}
