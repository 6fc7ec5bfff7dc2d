// The table both personas and cohorts are edited in: an id column, the
// columns only that kind has, then the ones ScriptedRow shares, and a button
// that appends a new one. The two kinds differ only in what is passed here.
import { type ReactNode, useState } from 'react';
import { TextCell } from './cells';
import { useSetEditor } from './context';
import { append, type Path } from './edit';
import { type Scripted, ScriptedRow } from './ScriptedRow';

/** The columns ScriptedRow draws after the kind's own: timezone, tags, free fields, script, remove. */
const sharedColumns = 5;

function useOpenRows() {
  const [open, setOpen] = useState<Set<number>>(new Set());
  const toggle = (i: number) =>
    setOpen((all) => {
      const next = new Set(all);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });
  return { open, toggle };
}

type Props = {
  list: 'personas' | 'cohorts';
  /** The table's accessible name: "Personas". */
  label: string;
  /** One row's name in labels before it has an id: "Persona". */
  noun: string;
  /** Shown instead of the table while the list is empty. */
  empty: string;
  /** Headers of the kind's own columns, after ID. */
  ownHeaders: string[];
  /** Header and label of the free profile fields. */
  freeFieldsHeader: string;
  freeFieldsLabel: string;
  tagsPlaceholder?: string;
  /** The kind's own cells of row `base`, named `who` in labels. */
  ownCells: (base: Path, who: string) => ReactNode;
  /** The item the add button appends, the `n`th of the list. */
  newItem: (n: number) => Scripted;
};

export function ScriptedTable({
  list,
  label,
  noun,
  empty,
  ownHeaders,
  freeFieldsHeader,
  freeFieldsLabel,
  tagsPlaceholder,
  ownCells,
  newItem,
}: Props) {
  const { draft, change } = useSetEditor();
  const { open, toggle } = useOpenRows();
  const items: readonly (Scripted & { id: string })[] = draft[list] ?? [];
  return (
    <>
      {items.length === 0 && <p className="muted">{empty}</p>}
      <table className="table editable" aria-label={label} hidden={items.length === 0}>
        <thead>
          <tr>
            <th>ID</th>
            {ownHeaders.map((h) => (
              <th key={h}>{h}</th>
            ))}
            <th>Timezone</th>
            <th>Tags</th>
            <th>{freeFieldsHeader}</th>
            <th>Script</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => {
            const base = [list, i];
            const who = item.id || `${noun.toLowerCase()} ${i + 1}`;
            return (
              <ScriptedRow
                // biome-ignore lint/suspicious/noArrayIndexKey: ids are edited in place; the row is its place
                key={i}
                list={list}
                index={i}
                who={who}
                item={item}
                freeFieldsLabel={freeFieldsLabel}
                {...(tagsPlaceholder === undefined ? {} : { tagsPlaceholder })}
                open={open.has(i)}
                onToggle={() => toggle(i)}
                columns={1 + ownHeaders.length + sharedColumns}
                leading={
                  <>
                    <td>
                      <TextCell
                        path={[...base, 'id']}
                        label={`${noun} ${i + 1} id`}
                        parse={(t) => t}
                        size={14}
                      />
                    </td>
                    {ownCells(base, who)}
                  </>
                }
              />
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
        className="btn add-row"
        onClick={() => change((d) => append(d, [list], newItem(items.length + 1)))}
      >
        {`+ ${noun}`}
      </button>
    </>
  );
}
