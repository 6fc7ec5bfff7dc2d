// Single-key shortcuts for the stepper, ignored while typing in a field.
import { useEffect, useRef } from 'react';

export function useShortcuts(keys: Record<string, () => void>, enabled = true): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.metaKey || e.ctrlKey || e.altKey) return;
      const typing =
        e.target instanceof Element &&
        e.target.closest('input, textarea, select, [contenteditable="true"]') !== null;
      if (typing) return;
      const action = latest.current[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
