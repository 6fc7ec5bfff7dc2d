// The personas and cohorts of a set, one row each, with their scripted
// events and reactions unfolded beneath on demand.
import { Fragment, useState } from 'react';
import { plural } from '../format/words';
import { JsonCell, NumberCell, TextCell } from './cells';
import { useSetEditor } from './context';
import { append, freeFields, parseTags, problemsAt, removeAt, withFreeFields } from './edit';
import { EventsTable, ReactionsTable } from './ScriptTables';

const tagsFormat = (v: unknown) => (Array.isArray(v) ? v.join(', ') : '');

function Unfold({
  open,
  onToggle,
  label,
  count,
}: {
  open: boolean;
  onToggle: () => void;
  label: string;
  count: string;
}) {
  return (
    <button
      type="button"
      className="btn btn-ghost unfold"
      aria-expanded={open}
      aria-label={label}
      onClick={onToggle}
    >
      {open ? '▾' : '▸'} {count}
    </button>
  );
}

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
  const { draft, change, problems } = useSetEditor();
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
            const scriptProblems =
              problemsAt(problems, [...base, 'events']).length +
              problemsAt(problems, [...base, 'reactions']).length;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: ids are edited in place; the row is its place
              <Fragment key={i}>
                <tr>
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
                  <td>
                    <TextCell
                      path={[...base, 'profile', 'timezone']}
                      label={`${who} timezone`}
                      placeholder="workspace"
                      size={14}
                    />
                  </td>
                  <td>
                    <TextCell
                      path={[...base, 'profile', 'tags']}
                      label={`${who} tags`}
                      format={tagsFormat}
                      parse={parseTags}
                      placeholder="vip, …"
                      size={12}
                    />
                  </td>
                  <td>
                    <JsonCell
                      path={[...base, 'profile']}
                      label={`${who} other fields`}
                      read={(v) => freeFields(isRecord(v) ? v : undefined)}
                      write={(fields) => withFreeFields(p.profile, fields ?? {})}
                    />
                  </td>
                  <td>
                    <Unfold
                      open={open.has(i) || scriptProblems > 0}
                      onToggle={() => toggle(i)}
                      label={`Script of ${who}`}
                      count={`${plural(p.events?.length ?? 0, 'event')} · ${plural(p.reactions?.length ?? 0, 'reaction')}`}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-ghost btn-icon"
                      aria-label={`Remove ${who}`}
                      onClick={() => change((d) => removeAt(d, ['personas'], i))}
                    >
                      ×
                    </button>
                  </td>
                </tr>
                {(open.has(i) || scriptProblems > 0) && (
                  <tr className="script-row">
                    <td colSpan={8}>
                      <EventsTable base={base} owner={who} />
                      <ReactionsTable base={base} owner={who} />
                    </td>
                  </tr>
                )}
              </Fragment>
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
  const { draft, change, problems } = useSetEditor();
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
            const scriptProblems =
              problemsAt(problems, [...base, 'events']).length +
              problemsAt(problems, [...base, 'reactions']).length;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: ids are edited in place
              <Fragment key={i}>
                <tr>
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
                  <td>
                    <TextCell
                      path={[...base, 'profile', 'timezone']}
                      label={`${who} timezone`}
                      placeholder="workspace"
                      size={14}
                    />
                  </td>
                  <td>
                    <TextCell
                      path={[...base, 'profile', 'tags']}
                      label={`${who} tags`}
                      format={tagsFormat}
                      parse={parseTags}
                      size={12}
                    />
                  </td>
                  <td>
                    <JsonCell
                      path={[...base, 'profile']}
                      label={`${who} profile template`}
                      read={(v) => freeFields(isRecord(v) ? v : undefined)}
                      write={(fields) => withFreeFields(c.profile, fields ?? {})}
                    />
                  </td>
                  <td>
                    <Unfold
                      open={open.has(i) || scriptProblems > 0}
                      onToggle={() => toggle(i)}
                      label={`Script of ${who}`}
                      count={`${plural(c.events?.length ?? 0, 'event')} · ${plural(c.reactions?.length ?? 0, 'reaction')}`}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-ghost btn-icon"
                      aria-label={`Remove ${who}`}
                      onClick={() => change((d) => removeAt(d, ['cohorts'], i))}
                    >
                      ×
                    </button>
                  </td>
                </tr>
                {(open.has(i) || scriptProblems > 0) && (
                  <tr className="script-row">
                    <td colSpan={7}>
                      <EventsTable base={base} owner={who} />
                      <ReactionsTable base={base} owner={who} />
                    </td>
                  </tr>
                )}
              </Fragment>
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

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
