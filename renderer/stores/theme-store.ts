// Light and dark: follow the OS unless the person picked one; the choice is
// remembered in localStorage and applied as <html data-theme>.
import { useEffect, useSyncExternalStore } from 'react';
import { create } from 'zustand';

export type ThemePreference = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

const storageKey = 'waymark.theme';

function readPreference(): ThemePreference {
  try {
    const value = window.localStorage.getItem(storageKey);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

type ThemeState = {
  preference: ThemePreference;
  setPreference: (preference: ThemePreference) => void;
};

export const useThemeStore = create<ThemeState>((set) => ({
  preference: readPreference(),
  setPreference: (preference) => {
    try {
      if (preference === 'system') window.localStorage.removeItem(storageKey);
      else window.localStorage.setItem(storageKey, preference);
    } catch {
      // storage unavailable (private mode): the choice lasts this session
    }
    set({ preference });
  },
}));

const darkQuery = '(prefers-color-scheme: dark)';

function subscribeToOs(onChange: () => void): () => void {
  const media = window.matchMedia(darkQuery);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

function osTheme(): Theme {
  return window.matchMedia(darkQuery).matches ? 'dark' : 'light';
}

/** The theme in effect, applied to the document. */
export function useResolvedTheme(): Theme {
  const preference = useThemeStore((s) => s.preference);
  const os = useSyncExternalStore(subscribeToOs, osTheme);
  const theme = preference === 'system' ? os : preference;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}

/** Sets <html data-theme> from the stored choice or the OS, before React renders. */
export function applyInitialTheme(): void {
  const preference = readPreference();
  document.documentElement.dataset.theme = preference === 'system' ? osTheme() : preference;
}
