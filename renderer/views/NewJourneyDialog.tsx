// "New journey": a blank one with a name, or a copy of a starter library
// journey (each listed with what it does).
import { type FormEvent, useEffect, useState } from 'react';
import type { OutputOf } from '../../src/api/client';
import { useApi } from '../api/context';
import { createBlank, createFromLibrary } from '../editor/journey-actions';

type Library = OutputOf<'library.list'>['journeys'];

export function NewJourneyDialog({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const [name, setName] = useState('');
  const [library, setLibrary] = useState<Library | null>(null);
  useEffect(() => {
    api.invoke('library.list', {}).then(
      (r) => setLibrary(r.journeys),
      () => setLibrary([]),
    );
    const close = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [api, onClose]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) void createBlank(api, name.trim()).then(onClose);
  };
  return (
    <div className="modal-backdrop">
      <div className="modal new-journey" role="dialog" aria-label="New journey">
        <h2>New journey</h2>
        <form className="new-journey-blank" onSubmit={submit}>
          <input
            aria-label="Name of a blank journey"
            placeholder="Name, e.g. Spring sale follow-up"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="btn btn-primary" disabled={!name.trim()}>
            Create blank
          </button>
        </form>
        <h3 className="new-journey-sub">Or start from the library</h3>
        {library === null ? (
          <p className="muted">Loading the library…</p>
        ) : (
          <ul className="library-list">
            {library.map((j) => (
              <li key={j.id}>
                <button
                  type="button"
                  className="library-item"
                  onClick={() => void createFromLibrary(api, j.id).then(onClose)}
                  data-testid={`library-${j.id}`}
                >
                  <span className="library-name">{j.name}</span>
                  <span className="library-meta">
                    {j.nodeCount} nodes · {j.emailCount} emails
                  </span>
                  {j.description && <span className="library-description">{j.description}</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
