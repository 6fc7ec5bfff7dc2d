// The actions under a journey's card in the list: status, rename,
// duplicate, delete (with undo).
import { useState } from 'react';
import type { JourneyStatus } from '../../src/model';
import { useApi } from '../api/context';
import {
  deleteJourney,
  duplicateJourney,
  renameJourney,
  setJourneyStatus,
} from '../editor/journey-actions';

const statuses: JourneyStatus[] = ['draft', 'live', 'paused'];

type Props = { id: string; name: string; status: JourneyStatus };

export function JourneyListActions({ id, name, status }: Props) {
  const api = useApi();
  const [draft, setDraft] = useState<string | null>(null);
  if (draft !== null) {
    const commit = () => {
      const next = draft.trim();
      if (next && next !== name) void renameJourney(api, id, next);
      setDraft(null);
    };
    return (
      <div className="journey-actions">
        <input
          className="rename-input"
          aria-label={`New name of ${name}`}
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
      </div>
    );
  }
  return (
    <div className="journey-actions">
      <select
        className={`status-select is-${status}`}
        aria-label={`Status of ${name}`}
        value={status}
        onChange={(e) => {
          const next = statuses.find((s) => s === e.target.value);
          if (next) void setJourneyStatus(api, id, next);
        }}
      >
        {statuses.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <button type="button" className="btn btn-ghost btn-small" onClick={() => setDraft(name)}>
        Rename
      </button>
      <button
        type="button"
        className="btn btn-ghost btn-small"
        onClick={() => void duplicateJourney(api, id, false)}
      >
        Duplicate
      </button>
      <button
        type="button"
        className="btn btn-ghost btn-small danger"
        onClick={() => void deleteJourney(api, id)}
        aria-label={`Delete ${name}`}
      >
        Delete
      </button>
    </div>
  );
}
