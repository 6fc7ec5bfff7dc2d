// A persona's (or cohort's) scripted events and reactions, as small tables.
import { JsonCell, NumberCell, TextCell } from './cells';
import { useSetEditor } from './context';
import { append, getIn, type Path, removeAt } from './edit';

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="btn btn-ghost btn-icon" aria-label={label} onClick={onClick}>
      ×
    </button>
  );
}

export function EventsTable({ base, owner }: { base: Path; owner: string }) {
  const { draft, change } = useSetEditor();
  const path = [...base, 'events'];
  const events = getIn(draft, path);
  const list = Array.isArray(events) ? events : [];
  return (
    <div className="script-table">
      <h4>Scripted events</h4>
      {list.length > 0 && (
        <table className="table compact">
          <thead>
            <tr>
              <th>At (instant or +duration)</th>
              <th>Event</th>
              <th>Properties (JSON)</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: events have no id; their place is their identity
              <tr key={i}>
                <td>
                  <TextCell
                    path={[...path, i, 'at']}
                    label={`${owner} event ${i + 1} at`}
                    placeholder="+PT1H"
                    size={20}
                  />
                </td>
                <td>
                  <TextCell
                    path={[...path, i, 'name']}
                    label={`${owner} event ${i + 1} name`}
                    placeholder="cart_abandoned"
                  />
                </td>
                <td>
                  <JsonCell
                    path={[...path, i, 'properties']}
                    label={`${owner} event ${i + 1} properties`}
                  />
                </td>
                <td>
                  <RemoveButton
                    label={`Remove ${owner}'s event ${i + 1}`}
                    onClick={() => change((d) => removeAt(d, path, i))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="btn btn-ghost"
        onClick={() => change((d) => append(d, path, { at: '+PT0S', name: '' }))}
      >
        + Event
      </button>
    </div>
  );
}

function thenName(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null && 'name' in v && typeof v.name === 'string')
    return v.name;
  return '';
}

function thenProperties(v: unknown): unknown {
  return typeof v === 'object' && v !== null && 'properties' in v ? v.properties : undefined;
}

export function ReactionsTable({ base, owner }: { base: Path; owner: string }) {
  const { draft, change } = useSetEditor();
  const path = [...base, 'reactions'];
  const reactions = getIn(draft, path);
  const list = Array.isArray(reactions) ? reactions : [];
  return (
    <div className="script-table">
      <h4>Reactions</h4>
      {list.length > 0 && (
        <table className="table compact">
          <thead>
            <tr>
              <th>When</th>
              <th>Where (JSON)</th>
              <th>Then</th>
              <th>Then properties</th>
              <th>After</th>
              <th>Chance</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((r: unknown, i) => {
              const then = getIn(r, ['then']);
              const row = [...path, i];
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: reactions have no id
                <tr key={i}>
                  <td>
                    <TextCell
                      path={[...row, 'when', 'event']}
                      label={`${owner} reaction ${i + 1} when`}
                      placeholder="email_sent"
                    />
                  </td>
                  <td>
                    <JsonCell
                      path={[...row, 'when', 'where']}
                      label={`${owner} reaction ${i + 1} where`}
                      placeholder='{"template": "cart-1"}'
                    />
                  </td>
                  <td>
                    <TextCell
                      path={[...row, 'then']}
                      label={`${owner} reaction ${i + 1} then`}
                      placeholder="email_opened"
                      format={thenName}
                      parse={(t) => {
                        const props = thenProperties(then);
                        return props === undefined ? t : { name: t, properties: props };
                      }}
                    />
                  </td>
                  <td>
                    <JsonCell
                      path={[...row, 'then']}
                      label={`${owner} reaction ${i + 1} then properties`}
                      read={thenProperties}
                      write={(props) =>
                        props === undefined
                          ? thenName(then)
                          : { name: thenName(then), properties: props }
                      }
                    />
                  </td>
                  <td>
                    <TextCell
                      path={[...row, 'after']}
                      label={`${owner} reaction ${i + 1} after`}
                      placeholder="PT2H"
                      size={8}
                    />
                  </td>
                  <td>
                    <NumberCell
                      path={[...row, 'chance']}
                      label={`${owner} reaction ${i + 1} chance`}
                      placeholder="1"
                      size={5}
                    />
                  </td>
                  <td>
                    <RemoveButton
                      label={`Remove ${owner}'s reaction ${i + 1}`}
                      onClick={() => change((d) => removeAt(d, path, i))}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="btn btn-ghost"
        onClick={() =>
          change((d) =>
            append(d, path, { when: { event: 'email_sent' }, then: 'email_opened', after: 'PT1H' }),
          )
        }
      >
        + Reaction
      </button>
    </div>
  );
}
