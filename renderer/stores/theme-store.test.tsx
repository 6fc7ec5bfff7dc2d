import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app';
import { useThemeStore } from './theme-store';

describe('theme', () => {
  it('follows the system until the person picks one, and remembers the pick', async () => {
    useThemeStore.getState().setPreference('system');
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('region', { name: 'Journeys' });
    expect(document.documentElement.dataset.theme).toBe('light');
    await user.click(screen.getByRole('button', { name: 'Dark theme' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(window.localStorage.getItem('waymark.theme')).toBe('dark');
    await user.click(screen.getByRole('button', { name: 'Follow the system theme' }));
    expect(window.localStorage.getItem('waymark.theme')).toBeNull();
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});
