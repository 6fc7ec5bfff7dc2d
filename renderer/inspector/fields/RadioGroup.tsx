// A choice of a few options, each explained in one line.
import { type ReactNode, useId } from 'react';

type Option<V extends string> = { value: V; label: string; hint?: string };

export function RadioGroup<V extends string>({
  legend,
  value,
  options,
  onChange,
  children,
}: {
  legend: string;
  value: V;
  options: readonly Option<V>[];
  onChange: (value: V) => void;
  /** More fields under the options (the duration of "after"). */
  children?: ReactNode;
}) {
  const name = useId();
  return (
    <fieldset className="if-group">
      <legend className="if-label">{legend}</legend>
      <div className="if-radios">
        {options.map((o) => (
          <div key={o.value} className="if-radio">
            <input
              id={`${name}-${o.value}`}
              type="radio"
              name={name}
              value={o.value}
              checked={o.value === value}
              onChange={() => onChange(o.value)}
              aria-describedby={o.hint ? `${name}-${o.value}-hint` : undefined}
            />
            <label htmlFor={`${name}-${o.value}`}>
              <span className="if-radio-label">{o.label}</span>
              {o.hint && (
                <span className="if-radio-hint" id={`${name}-${o.value}-hint`}>
                  {o.hint}
                </span>
              )}
            </label>
          </div>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
