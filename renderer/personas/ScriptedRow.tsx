// One row of a persona or cohort: the cells only that kind has, then what
// both share (timezone, tags, free profile fields, the script, remove), with
// its scripted events and reactions unfolded beneath on demand.
import { Fragment, type ReactNode } from 'react';
import { plural } from '../format/words';
import { JsonCell, TextCell } from './cells';
import { useSetEditor } from './context';
import { freeFields, parseTags, problemsAt, removeAt, withFreeFields } from './edit';
import { EventsTable, ReactionsTable } from './ScriptTables';

const tagsFormat = (v: unknown) => (Array.isArray(v) ? v.join(', ') : '');

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export type Scripted = {
  profile?: Record<string, unknown> | undefined;
  events?: unknown[] | undefined;
  reactions?: unknown[] | undefined;
};

export function ScriptedRow({
  list,
  index,
  who,
  item,
  leading,
  freeFieldsLabel,
  tagsPlaceholder,
  open,
  onToggle,
  columns,
}: {
  list: 'personas' | 'cohorts';
  index: number;
  /** How the row is named in labels: its id, or its place. */
  who: string;
  item: Scripted;
  /** The cells before the shared ones (id, email, members…). */
  leading: ReactNode;
  freeFieldsLabel: string;
  tagsPlaceholder?: string;
  open: boolean;
  onToggle: () => void;
  /** Columns of the table, for the unfolded script row. */
  columns: number;
}) {
  const { change, problems } = useSetEditor();
  const base = [list, index];
  const scriptProblems =
    problemsAt(problems, [...base, 'events']).length +
    problemsAt(problems, [...base, 'reactions']).length;
  const unfolded = open || scriptProblems > 0;
  return (
    <Fragment>
      <tr>
        {leading}
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
            {...(tagsPlaceholder === undefined ? {} : { placeholder: tagsPlaceholder })}
            size={12}
          />
        </td>
        <td>
          <JsonCell
            path={[...base, 'profile']}
            label={`${who} ${freeFieldsLabel}`}
            read={(v) => freeFields(isRecord(v) ? v : undefined)}
            write={(fields) => withFreeFields(item.profile, fields ?? {})}
          />
        </td>
        <td>
          <button
            type="button"
            className="btn btn-ghost unfold"
            aria-expanded={unfolded}
            aria-label={`Script of ${who}`}
            onClick={onToggle}
          >
            {unfolded ? '▾' : '▸'}{' '}
            {`${plural(item.events?.length ?? 0, 'event')} · ${plural(item.reactions?.length ?? 0, 'reaction')}`}
          </button>
        </td>
        <td>
          <button
            type="button"
            className="btn btn-ghost btn-icon"
            aria-label={`Remove ${who}`}
            onClick={() => change((d) => removeAt(d, [list], index))}
          >
            ×
          </button>
        </td>
      </tr>
      {unfolded && (
        <tr className="script-row">
          <td colSpan={columns}>
            <EventsTable base={base} owner={who} />
            <ReactionsTable base={base} owner={who} />
          </td>
        </tr>
      )}
    </Fragment>
  );
}
