// The small table a scripted list (events, reactions) is edited in: a title,
// one row per item with a remove button at its end, and a button that
// appends a new item. The table is left out while the list is empty.
import type { ReactNode } from 'react';
import { useSetEditor } from './context';
import { append, getIn, type Path, removeAt } from './edit';

type Props = {
  title: string;
  /** Where the list is in the set. */
  path: Path;
  headers: string[];
  /** The cells of item `index`, stored at `row`. */
  cells: (row: Path, index: number, item: unknown) => ReactNode;
  /** The remove button's label for item `index`. */
  removeLabel: (index: number) => string;
  /** The add button's text: "+ Event". */
  addLabel: string;
  newItem: () => unknown;
};

export function ScriptList({ title, path, headers, cells, removeLabel, addLabel, newItem }: Props) {
  const { draft, change } = useSetEditor();
  const stored = getIn(draft, path);
  const list: unknown[] = Array.isArray(stored) ? stored : [];
  return (
    <div className="script-table">
      <h4>{title}</h4>
      {list.length > 0 && (
        <table className="table compact">
          <thead>
            <tr>
              {headers.map((h) => (
                <th key={h}>{h}</th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((item, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: scripted items have no id; their place is their identity
              <tr key={i}>
                {cells([...path, i], i, item)}
                <td>
                  <button
                    type="button"
                    className="btn btn-ghost btn-icon"
                    aria-label={removeLabel(i)}
                    onClick={() => change((d) => removeAt(d, path, i))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="btn btn-ghost"
        onClick={() => change((d) => append(d, path, newItem()))}
      >
        {addLabel}
      </button>
    </div>
  );
}
