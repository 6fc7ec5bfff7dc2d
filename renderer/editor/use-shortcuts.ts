// Binds the shortcut table to the editor: undo, redo, copy, paste, duplicate,
// select all, fit view, and the sheet.
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { putClip, takeClip } from './clipboard-slot';
import type { EditorStore } from './editor-store';
import { shortcutOf } from './shortcuts';

const pasteOffset = { x: 40, y: 40 };

export function useShortcuts(store: EditorStore, onHelp: () => void): void {
  const flow = useReactFlow();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = shortcutOf(e);
      if (!action) return;
      const s = store.getState();
      e.preventDefault();
      switch (action) {
        case 'undo':
          return s.undo();
        case 'redo':
          return s.redo();
        case 'copy': {
          const clip = s.copy();
          if (clip) putClip(clip);
          return;
        }
        case 'paste': {
          const clip = takeClip();
          if (clip) s.paste(clip, pasteOffset);
          return;
        }
        case 'duplicate': {
          const clip = s.copy();
          if (clip) s.paste(clip, pasteOffset);
          return;
        }
        case 'selectAll':
          return s.select(s.journey.nodes.map((n) => n.id));
        case 'fitView':
          void flow.fitView({ padding: 0.15, maxZoom: 1, duration: 200 });
          return;
        case 'help':
          return onHelp();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, flow, onHelp]);
}
