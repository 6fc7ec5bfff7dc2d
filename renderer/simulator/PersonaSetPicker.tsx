// Chooses a persona set of the workspace; shows how many personas each has.
import { describePersonaSet } from '../format/words';
import { useWorkspace } from '../stores/workspace-store';

type Props = { value: string; onChange: (name: string) => void; label?: string };

export function PersonaSetPicker({ value, onChange, label = 'Persona set' }: Props) {
  const summary = useWorkspace((s) => s.summary);
  const sets = summary.status === 'ready' ? summary.data.personaSets : [];
  return (
    <label className="sim-field">
      <span>{label}</span>
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        {value === '' && <option value="">Choose…</option>}
        {sets.map((s) => (
          <option key={s.name} value={s.name}>
            {s.name} ({describePersonaSet(s)})
          </option>
        ))}
      </select>
    </label>
  );
}

/** The workspace's timezone, for clocks and times. */
export function useWorkspaceZone(): string {
  const summary = useWorkspace((s) => s.summary);
  return summary.status === 'ready' ? summary.data.timezone : 'UTC';
}

/** Journey names by id, for tabs and tables. */
export function useJourneyNames(): Map<string, string> {
  const summary = useWorkspace((s) => s.summary);
  const journeys = summary.status === 'ready' ? summary.data.journeys : [];
  return new Map(journeys.map((j) => [j.id, j.name]));
}
