// The keyboard-shortcut sheet, opened with `?`.
import { useEffect } from 'react';
import { shortcutSheet } from '../editor/shortcuts';

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  useEffect(() => {
    const close = (e: KeyboardEvent) => (e.key === 'Escape' || e.key === '?') && onClose();
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [onClose]);
  return (
    <div className="modal-backdrop">
      <div className="modal shortcut-sheet" role="dialog" aria-label="Keyboard shortcuts">
        <h2>Keyboard shortcuts</h2>
        <dl>
          {shortcutSheet.map((s) => (
            <div key={s.keys} className="shortcut-row">
              <dt>
                {s.keys.split(', ').map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </dt>
              <dd>{s.what}</dd>
            </div>
          ))}
        </dl>
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
