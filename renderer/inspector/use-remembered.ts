// Switching a node between its forms (a trigger's kind, a wait's mode) and
// back brings back what was set before, for as long as the form is open.
import { useState } from 'react';

export function useRemembered<K extends string, N extends { id: string }>(): {
  recall: (kind: K) => N | undefined;
  remember: (kind: K, node: N) => void;
} {
  const [memory, setMemory] = useState<Partial<Record<K, N>>>({});
  return {
    recall: (kind) => memory[kind],
    remember: (kind, node) => setMemory((m) => ({ ...m, [kind]: node })),
  };
}
