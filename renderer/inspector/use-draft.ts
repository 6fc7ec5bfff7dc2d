// What a field shows while its text is not (yet) a valid value. A draft
// belongs to the value it was made from: when the node changes from outside
// (undo, another field), the draft is made again from the new value.
import { useState } from 'react';
import { type Parsed, sameJson } from './checks';

export type Draft<D, E> = { draft: D; error: E | undefined; edit: (next: D) => void };

export function useDraft<V, D, E = string>(
  value: V,
  toDraft: (value: V) => D,
  parse: (draft: D) => Parsed<V, E>,
  onCommit: (value: V) => void,
): Draft<D, E> {
  const [state, setState] = useState<{ draft: D; base: V; error: E | undefined }>(() => ({
    draft: toDraft(value),
    base: value,
    error: undefined,
  }));
  const fresh = sameJson(state.base, value);
  const edit = (draft: D) => {
    const parsed = parse(draft);
    if (parsed.ok) {
      setState({ draft, base: parsed.value, error: undefined });
      if (!sameJson(parsed.value, value)) onCommit(parsed.value);
    } else {
      setState({ draft, base: value, error: parsed.error });
    }
  };
  return fresh
    ? { draft: state.draft, error: state.error, edit }
    : { draft: toDraft(value), error: undefined, edit };
}
