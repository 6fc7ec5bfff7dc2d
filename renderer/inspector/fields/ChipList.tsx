// The chips of a list field, each with a × that removes it.
type Chip = { key: string | number; text: string; removeLabel: string };

export function ChipList({
  chips,
  onRemove,
}: {
  chips: Chip[];
  /** Removes the chip at `index`. */
  onRemove: (index: number) => void;
}) {
  return (
    <ul className="if-chips">
      {chips.map((chip, i) => (
        <li key={chip.key} className="chip if-chip">
          <span className="mono">{chip.text}</span>
          <button
            type="button"
            className="if-chip-remove"
            aria-label={chip.removeLabel}
            onClick={() => onRemove(i)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
