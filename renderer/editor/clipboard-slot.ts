// Where a copied selection waits: in memory for this window, and in
// localStorage so another window (another journey) can paste it too.
import { type Clip, isClip } from './clipboard';

const key = 'waymark.clipboard';
let held: Clip | null = null;

export function putClip(clip: Clip): void {
  held = clip;
  try {
    localStorage.setItem(key, JSON.stringify(clip));
  } catch {
    // Storage full or unavailable: the window's own copy still works.
  }
}

export function takeClip(): Clip | null {
  try {
    const text = localStorage.getItem(key);
    if (text) {
      const parsed: unknown = JSON.parse(text);
      if (isClip(parsed)) return parsed;
    }
  } catch {
    // Fall back to the window's copy.
  }
  return held;
}
