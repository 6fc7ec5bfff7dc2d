// The personas and cohorts of a set, one row each, with their scripted
// events and reactions unfolded beneath on demand (ScriptedTable).
import { NumberCell, TextCell } from './cells';
import { ScriptedTable } from './ScriptedTable';

export function PersonasTable() {
  return (
    <ScriptedTable
      list="personas"
      label="Personas"
      noun="Persona"
      empty="No personas yet: add one, or import profiles from CSV below."
      ownHeaders={['Email', 'First name']}
      freeFieldsHeader="Other fields (JSON)"
      freeFieldsLabel="other fields"
      tagsPlaceholder="vip, …"
      ownCells={(base, who) => (
        <>
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
      )}
      newItem={(n) => ({
        id: `persona-${n}`,
        profile: { email: `persona-${n}@example.com` },
        events: [],
        reactions: [],
      })}
    />
  );
}

export function CohortsTable() {
  return (
    <ScriptedTable
      list="cohorts"
      label="Cohorts"
      noun="Cohort"
      empty="No cohorts in this set."
      ownHeaders={['Members']}
      freeFieldsHeader="Profile template (JSON)"
      freeFieldsLabel="profile template"
      ownCells={(base, who) => (
        <td>
          <NumberCell path={[...base, 'count']} label={`${who} members`} size={7} />
        </td>
      )}
      newItem={(n) => ({ id: `cohort-${n}`, count: 100, profile: {}, events: [], reactions: [] })}
    />
  );
}
