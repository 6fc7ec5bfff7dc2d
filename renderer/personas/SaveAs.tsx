// Saves the edited set under a new name (a new persona set), then opens it.
import { useState } from 'react';
import type { PersonasFile } from '../../src/model';
import { useApi } from '../api/context';
import { toApiClientError } from '../api/errors';
import { navigate } from '../stores/route';

export function SaveAs({ file }: { file: PersonasFile }) {
  const api = useApi();
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (name === null) {
    return (
      <button type="button" className="btn" onClick={() => setName('')}>
        Save as new set…
      </button>
    );
  }
  const save = async () => {
    try {
      await api.invoke('personas.save', { name, file });
      navigate({ kind: 'personas', id: name });
    } catch (err) {
      setError(toApiClientError(err).message);
    }
  };
  return (
    <form
      className="save-as"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <input
        aria-label="New persona set name"
        placeholder="new-set-name"
        value={name}
        onChange={(e) => setName(e.target.value.replace(/[^A-Za-z0-9._-]/g, '-'))}
        aria-invalid={error !== null || undefined}
        title={error ?? 'Letters, digits, dots, dashes and underscores'}
      />
      <button type="submit" className="btn" disabled={name === ''}>
        Save as
      </button>
      <button type="button" className="btn btn-ghost" onClick={() => setName(null)}>
        Cancel
      </button>
      {error && (
        <span className="cell-problem" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
