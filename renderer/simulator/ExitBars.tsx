// How runs of a journey ended, by reason, as bars.
import type { JourneyAggregate } from './types';

const reasons: { key: keyof JourneyAggregate['exits']; label: string }[] = [
  { key: 'goal', label: 'Converted (goal)' },
  { key: 'completed', label: 'Completed' },
  { key: 'exit-condition', label: 'Exit condition' },
  { key: 'unsubscribed', label: 'Unsubscribed' },
  { key: 'horizon', label: 'Still inside at the end' },
];

export function ExitBars({ exits }: { exits: JourneyAggregate['exits'] }) {
  const max = Math.max(1, ...reasons.map((r) => exits[r.key]));
  return (
    <ul className="exit-bars" aria-label="Exits by reason">
      {reasons.map((r) => (
        <li key={r.key}>
          <span className="exit-label">{r.label}</span>
          <span className="exit-track">
            <span
              className={`exit-fill reason-${r.key}`}
              style={{ width: `${(exits[r.key] / max) * 100}%` }}
            />
          </span>
          <span className="exit-value">{exits[r.key].toLocaleString('en')}</span>
        </li>
      ))}
    </ul>
  );
}
