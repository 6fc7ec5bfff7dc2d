// The personas and cohorts of a set, one row each, with their scripted
// events and reactions unfolded beneath on demand (ScriptedRow).
import { useState } from 'react';
import { NumberCell, TextCell } from './cells';
import { useSetEditor } from './context';
import { append } from './edit';
import { ScriptedRow } from './ScriptedRow';

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

export function PersonasTable() {
  const { draft, change } = useSetEditor();
  const { open, toggle } = useOpenRows();
  const personas = draft.personas ?? [];
  return (
    <>
      {personas.length === 0 && (
        <p className="muted">No personas yet: add one, or import profiles from CSV below.</p>
      )}
      <table className="table editable" aria-label="Personas" hidden={personas.length === 0}>
        <thead>
          <tr>
            <th>ID</th>
            <th>Email</th>
            <th>First name</th>
            <th>Timezone</th>
            <th>Tags</th>
            <th>Other fields (JSON)</th>
            <th>Script</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {personas.map((p, i) => {
            const base = ['personas', i];
            const who = p.id || `persona ${i + 1}`;
            return (
              <ScriptedRow
                // biome-ignore lint/suspicious/noArrayIndexKey: ids are edited in place; the row is its place
                key={i}
                list="personas"
                index={i}
                who={who}
                item={p}
                freeFieldsLabel="other fields"
                tagsPlaceholder="vip, …"
                open={open.has(i)}
                onToggle={() => toggle(i)}
                columns={8}
                leading={
                  <>
                    <td>
                      <TextCell
                        path={[...base, 'id']}
                        label={`Persona ${i + 1} id`}
                        parse={(t) => t}
                        size={14}
                      />
                    </td>
                    <td>
                      <TextCell
                        path={[...base, 'profile', 'email']}
                        label={`${who} email`}
                        parse={(t) => t}
                        size={22}
                      />
                    </td>
                    <td>
                      <TextCell
                        path={[...base, 'profile', 'first_name']}
                        label={`${who} first name`}
                        size={10}
                      />
                    </td>
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
        onClick={() => {
          const n = personas.length + 1;
          change((d) =>
            append(d, ['personas'], {
              id: `persona-${n}`,
              profile: { email: `persona-${n}@example.com` },
              events: [],
              reactions: [],
            }),
          );
        }}
      >
        + Persona
      </button>
    </>
  );
}

export function CohortsTable() {
  const { draft, change } = useSetEditor();
  const { open, toggle } = useOpenRows();
  const cohorts = draft.cohorts ?? [];
  return (
    <>
      {cohorts.length === 0 && <p className="muted">No cohorts in this set.</p>}
      <table className="table editable" aria-label="Cohorts" hidden={cohorts.length === 0}>
        <thead>
          <tr>
            <th>ID</th>
            <th>Members</th>
            <th>Timezone</th>
            <th>Tags</th>
            <th>Profile template (JSON)</th>
            <th>Script</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {cohorts.map((c, i) => {
            const base = ['cohorts', i];
            const who = c.id || `cohort ${i + 1}`;
            return (
              <ScriptedRow
                // biome-ignore lint/suspicious/noArrayIndexKey: ids are edited in place
                key={i}
                list="cohorts"
                index={i}
                who={who}
                item={c}
                freeFieldsLabel="profile template"
                open={open.has(i)}
                onToggle={() => toggle(i)}
                columns={7}
                leading={
                  <>
                    <td>
                      <TextCell
                        path={[...base, 'id']}
                        label={`Cohort ${i + 1} id`}
                        parse={(t) => t}
                        size={14}
                      />
                    </td>
                    <td>
                      <NumberCell path={[...base, 'count']} label={`${who} members`} size={7} />
                    </td>
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
        onClick={() =>
          change((d) =>
            append(d, ['cohorts'], {
              id: `cohort-${cohorts.length + 1}`,
              count: 100,
              profile: {},
              events: [],
              reactions: [],
            }),
          )
        }
      >
        + Cohort
      </button>
    </>
  );
}
