// A profile property compared with a value: path, operator, typed value
// (a list for "is one of", nothing for "is set").
import type { PropertyCondition, PropertyOp } from '../../../src/model';
import { checkRequired, type JsonValue } from '../checks';
import { SelectField } from '../fields/Choice';
import { TextField } from '../fields/TextField';
import { ValueField } from '../fields/ValueField';
import { ValueListField } from '../fields/ValueListField';
import { without } from '../objects';

export const propertyOps: { value: PropertyOp; label: string }[] = [
  { value: 'eq', label: 'is' },
  { value: 'ne', label: 'is not' },
  { value: 'gt', label: 'is more than' },
  { value: 'gte', label: 'is at least' },
  { value: 'lt', label: 'is less than' },
  { value: 'lte', label: 'is at most' },
  { value: 'in', label: 'is one of' },
  { value: 'contains', label: 'contains' },
  { value: 'startsWith', label: 'starts with' },
  { value: 'exists', label: 'is set' },
  { value: 'notExists', label: 'is not set' },
];

const noValue = (op: PropertyOp) => op === 'exists' || op === 'notExists';

export function switchOp(c: PropertyCondition, op: PropertyOp): PropertyCondition {
  const rest = { ...without(c, 'value', 'op'), property: c.property };
  if (noValue(op)) return { ...rest, op };
  const v = c.value;
  if (op === 'in') return { ...rest, op, value: Array.isArray(v) ? v : v === undefined ? [] : [v] };
  const scalar: JsonValue = Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
  return { ...rest, op, value: scalar };
}

type Props = { value: PropertyCondition; onChange: (next: PropertyCondition) => void };

export function PropertyRow({ value, onChange }: Props) {
  return (
    <>
      <TextField
        label="Property"
        value={value.property}
        check={checkRequired('a property path, such as tier or address.city')}
        onCommit={(property) => onChange({ ...value, property })}
        placeholder="tier"
        mono
      />
      <SelectField
        label="Operator"
        value={value.op}
        options={propertyOps}
        onChange={(op) => op !== value.op && onChange(switchOp(value, op))}
      />
      {value.op === 'in' ? (
        <ValueListField
          label="Values"
          values={Array.isArray(value.value) ? value.value : []}
          onCommit={(values) => onChange({ ...value, value: values })}
        />
      ) : noValue(value.op) ? null : (
        <ValueField
          label="Value"
          value={value.value}
          onCommit={(v) => onChange({ ...value, value: v })}
        />
      )}
    </>
  );
}
