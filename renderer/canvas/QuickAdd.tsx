// The picker that opens where a connection was dropped on empty canvas:
// choose the next node, and it lands there, connected.
import { useEffect, useRef } from 'react';
import type { NodeType } from '../../src/model';
import { lookOf } from '../nodes/registry';
import { paletteGroups } from './palette-groups';

export type QuickAddAt = {
  screen: { x: number; y: number };
  flow: { x: number; y: number };
  from: { node: string; port: string };
};

type Props = { at: QuickAddAt; onPick: (type: NodeType) => void; onClose: () => void };

export function QuickAdd({ at, onPick, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const close = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [onClose]);
  return (
    <div
      ref={ref}
      className="quick-add"
      role="menu"
      aria-label={`Add a node after ${at.from.node}`}
      style={{ left: at.screen.x, top: at.screen.y }}
      data-testid="quick-add"
    >
      <div className="quick-add-title">
        Next after <span className="mono">{at.from.node}</span>
        {at.from.port !== 'out' && (
          <span className={`jn-port port-${at.from.port}`}>{at.from.port}</span>
        )}
      </div>
      {paletteGroups
        .filter((g) => g.types.some((t) => t !== 'trigger'))
        .map((g) => (
          <div key={g.label} className="quick-add-group">
            {g.types
              .filter((t) => t !== 'trigger')
              .map((t) => {
                const look = lookOf(t);
                const Icon = look.icon;
                return (
                  <button
                    key={t}
                    type="button"
                    role="menuitem"
                    className="quick-add-item"
                    onClick={() => onPick(t)}
                    data-testid={`quick-add-${t}`}
                  >
                    <span className="palette-icon" style={{ color: look.accent }}>
                      <Icon size={14} />
                    </span>
                    {look.label}
                  </button>
                );
              })}
          </div>
        ))}
      <button type="button" className="quick-add-cancel" onClick={onClose}>
        Cancel
      </button>
    </div>
  );
}
