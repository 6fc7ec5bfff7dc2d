// The palette's groups: every node kind once, so a kind left out is caught
// by the test beside the palette.
import type { NodeType } from '../../src/model';

export const paletteGroups: { label: string; types: NodeType[] }[] = [
  { label: 'Triggers', types: ['trigger'] },
  { label: 'Timing', types: ['wait', 'waitFor'] },
  { label: 'Logic', types: ['condition', 'split'] },
  { label: 'Actions', types: ['email', 'update', 'exit'] },
];

/** The drag-and-drop payload type of a palette item. */
export const paletteMime = 'application/x-waymark-node';
