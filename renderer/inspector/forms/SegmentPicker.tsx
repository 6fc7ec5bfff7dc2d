// A segment chosen from the workspace's segments; one that no longer exists
// stays shown as missing rather than silently replaced.
import type { ReactNode } from 'react';
import { SelectField } from '../fields/Choice';

type Props = {
  label?: string;
  value: string;
  segments: { id: string; name: string }[];
  onChange: (id: string) => void;
  hint?: ReactNode;
};

export function SegmentPicker({ label = 'Segment', value, segments, onChange, hint }: Props) {
  const known = segments.some((s) => s.id === value);
  const options = [
    ...(known ? [] : [{ value, label: `${value} (missing)` }]),
    ...segments.map((s) => ({
      value: s.id,
      label: s.name === s.id ? s.id : `${s.name} (${s.id})`,
    })),
  ];
  return (
    <SelectField
      label={label}
      value={value}
      options={options}
      onChange={onChange}
      hint={hint}
      error={known ? undefined : `There is no segment "${value}": pick one that exists.`}
    />
  );
}
