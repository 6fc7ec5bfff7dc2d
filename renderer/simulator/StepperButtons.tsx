// The stepper's buttons (each with its key), and the list of breakpoints.
import type { Breakpoint, StepMode } from './types';

const moves: { mode: StepMode; label: string; key: string; title: string }[] = [
  { mode: 'step', label: 'Step', key: '.', title: 'One event or node transition' },
  { mode: 'nextEmail', label: 'Next email', key: 'n', title: 'Run to the next email' },
  { mode: 'breakpoint', label: 'To breakpoint', key: 'b', title: 'Run to the next breakpoint' },
  { mode: 'end', label: 'To end', key: 'e', title: 'Run to the end of the horizon' },
];

type ButtonsProps = {
  enabled: boolean;
  /** The simulation reached its horizon: only a reset moves it now. */
  over: boolean;
  onMove: (mode: StepMode) => void;
  onReset: () => void;
};

export function StepperButtons({ enabled, over, onMove, onReset }: ButtonsProps) {
  return (
    <div className="sim-moves" role="toolbar" aria-label="Stepper">
      {moves.map((m) => (
        <button
          key={m.mode}
          type="button"
          className="btn"
          disabled={!enabled || over}
          onClick={() => onMove(m.mode)}
          title={`${m.title} (${m.key})`}
          aria-keyshortcuts={m.key}
        >
          {m.label} <kbd>{m.key}</kbd>
        </button>
      ))}
      <button
        type="button"
        className="btn"
        disabled={!enabled}
        onClick={onReset}
        title="Back to the start (r)"
        aria-keyshortcuts="r"
      >
        Reset <kbd>r</kbd>
      </button>
    </div>
  );
}

export function Breakpoints({
  list,
  onRemove,
}: {
  list: Breakpoint[];
  onRemove: (b: Breakpoint) => void;
}) {
  if (list.length === 0) return null;
  return (
    <ul className="sim-breakpoints" aria-label="Breakpoints">
      {list.map((b) => (
        <li key={`${b.journey}/${b.node}`} className="chip">
          ● {b.journey} / {b.node}
          <button
            type="button"
            className="sim-chip-x"
            aria-label={`Remove the breakpoint on ${b.node}`}
            onClick={() => onRemove(b)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
