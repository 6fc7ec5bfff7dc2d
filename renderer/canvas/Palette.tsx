// The palette: every node kind, grouped, to drag onto the canvas (or click
// to add at the centre of the view).
import { type DragEvent, memo } from 'react';
import type { NodeType } from '../../src/model';
import { lookOf } from '../nodes/registry';
import { paletteGroups, paletteMime } from './palette-groups';

type Props = { onAdd: (type: NodeType) => void; hasTrigger: boolean };

function PaletteView({ onAdd, hasTrigger }: Props) {
  const onDragStart = (e: DragEvent, type: NodeType) => {
    e.dataTransfer.setData(paletteMime, type);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <nav className="palette" aria-label="Node palette">
      {paletteGroups.map((group) => (
        <section key={group.label} className="palette-group">
          <h3>{group.label}</h3>
          {group.types.map((type) => {
            const look = lookOf(type);
            const Icon = look.icon;
            const disabled = type === 'trigger' && hasTrigger;
            return (
              <button
                key={type}
                type="button"
                className="palette-item"
                draggable={!disabled}
                disabled={disabled}
                onDragStart={(e) => onDragStart(e, type)}
                onClick={() => onAdd(type)}
                title={
                  disabled
                    ? 'A journey has exactly one trigger'
                    : `Drag onto the canvas, or click to add ${look.label}`
                }
                data-testid={`palette-${type}`}
              >
                <span className="palette-icon" style={{ color: look.accent }}>
                  <Icon size={14} />
                </span>
                {look.label}
              </button>
            );
          })}
        </section>
      ))}
    </nav>
  );
}

export const Palette = memo(PaletteView);
