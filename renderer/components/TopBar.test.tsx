import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TopBar } from './TopBar';

describe('TopBar', () => {
  it('shows the title as the heading, whole on hover however it is cut', () => {
    const long = 'Welcome series for new subscribers from the spring landing page campaign';
    render(
      <TopBar
        kind="Journeys"
        title={long}
        meta="9 nodes"
        actions={<button type="button">History</button>}
      />,
    );
    const heading = screen.getByRole('heading', { level: 1, name: long });
    expect(heading.getAttribute('title')).toBe(long);
    expect(screen.getByText('Journeys')).toBeTruthy();
    expect(screen.getByText('9 nodes')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'History' })).toBeTruthy();
  });
});
