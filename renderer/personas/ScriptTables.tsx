// A persona's (or cohort's) scripted events and reactions, as small tables.
import { JsonCell, NumberCell, TextCell } from './cells';
import { getIn, type Path } from './edit';
import { ScriptList } from './ScriptList';

export function EventsTable({ base, owner }: { base: Path; owner: string }) {
  return (
    <ScriptList
      title="Scripted events"
      path={[...base, 'events']}
      headers={['At (instant or +duration)', 'Event', 'Properties (JSON)']}
      cells={(row, i) => (
        <>
          <td>
            <TextCell
              path={[...row, 'at']}
              label={`${owner} event ${i + 1} at`}
              placeholder="+PT1H"
              size={20}
            />
          </td>
          <td>
            <TextCell
              path={[...row, 'name']}
              label={`${owner} event ${i + 1} name`}
              placeholder="cart_abandoned"
            />
          </td>
          <td>
            <JsonCell path={[...row, 'properties']} label={`${owner} event ${i + 1} properties`} />
          </td>
        </>
      )}
      removeLabel={(i) => `Remove ${owner}'s event ${i + 1}`}
      addLabel="+ Event"
      newItem={() => ({ at: '+PT0S', name: '' })}
    />
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
  return (
    <ScriptList
      title="Reactions"
      path={[...base, 'reactions']}
      headers={['When', 'Where (JSON)', 'Then', 'Then properties', 'After', 'Chance']}
      cells={(row, i, reaction) => {
        const then = getIn(reaction, ['then']);
        return (
          <>
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
                  props === undefined ? thenName(then) : { name: thenName(then), properties: props }
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
          </>
        );
      }}
      removeLabel={(i) => `Remove ${owner}'s reaction ${i + 1}`}
      addLabel="+ Reaction"
      newItem={() => ({ when: { event: 'email_sent' }, then: 'email_opened', after: 'PT1H' })}
    />
  );
}
