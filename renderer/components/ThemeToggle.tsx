// System / light / dark. The choice is remembered; "system" follows the OS.
import { type ThemePreference, useThemeStore } from '../stores/theme-store';
import { MonitorIcon, MoonIcon, SunIcon } from './icons';

const choices: { value: ThemePreference; label: string; Icon: typeof SunIcon }[] = [
  { value: 'system', label: 'Follow the system theme', Icon: MonitorIcon },
  { value: 'light', label: 'Light theme', Icon: SunIcon },
  { value: 'dark', label: 'Dark theme', Icon: MoonIcon },
];

export function ThemeToggle() {
  const preference = useThemeStore((s) => s.preference);
  const setPreference = useThemeStore((s) => s.setPreference);
  return (
    <fieldset className="segmented theme-toggle">
      <legend className="sr-only">Theme</legend>
      {choices.map(({ value, label, Icon }) => (
        <button
          key={value}
          type="button"
          aria-pressed={preference === value}
          aria-label={label}
          title={label}
          onClick={() => setPreference(value)}
        >
          <Icon size={14} />
        </button>
      ))}
    </fieldset>
  );
}
