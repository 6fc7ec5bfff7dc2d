import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TabList } from './TabList';

const tabs = ['Welcome', 'Cart', 'Birthday', 'Win back'].map((name) => ({
  id: name.toLowerCase(),
  label: name,
}));

function Harness({ first = 'cart' }: { first?: string }) {
  const [selected, setSelected] = useState(first);
  return (
    <TabList
      className="row"
      label="Journeys"
      tabs={tabs}
      selected={selected}
      onSelect={setSelected}
    />
  );
}

const tab = (name: string) => screen.getByRole('tab', { name });

describe('TabList', () => {
  it('puts only the selected tab in the Tab order', () => {
    render(<Harness />);
    expect(tab('Cart').tabIndex).toBe(0);
    for (const other of ['Welcome', 'Birthday', 'Win back']) expect(tab(other).tabIndex).toBe(-1);
  });

  it('moves with the arrow keys, Home and End, selecting and focusing', () => {
    render(<Harness />);
    tab('Cart').focus();
    fireEvent.keyDown(tab('Cart'), { key: 'ArrowRight' });
    expect(tab('Birthday').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('Birthday'));
    fireEvent.keyDown(tab('Birthday'), { key: 'End' });
    expect(tab('Win back').getAttribute('aria-selected')).toBe('true');
    // At the end it stays there.
    fireEvent.keyDown(tab('Win back'), { key: 'ArrowRight' });
    expect(tab('Win back').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('Win back'), { key: 'Home' });
    expect(tab('Welcome').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('Welcome'));
    fireEvent.keyDown(tab('Welcome'), { key: 'ArrowLeft' });
    expect(tab('Welcome').getAttribute('aria-selected')).toBe('true');
  });

  it('gives the first tab the Tab order when none is selected', () => {
    render(<Harness first="none" />);
    expect(tab('Welcome').tabIndex).toBe(0);
  });

  it('fades the edges that hide tabs, as the row scrolls', () => {
    render(<Harness first="welcome" />);
    const row = screen.getByRole('tablist', { name: 'Journeys' });
    // jsdom lays nothing out: a row of 600 px of tabs in 200 px of room.
    Object.defineProperty(row, 'scrollWidth', { configurable: true, value: 600 });
    Object.defineProperty(row, 'clientWidth', { configurable: true, value: 200 });
    fireEvent.scroll(row);
    expect(row.className).toBe('row fade-end');
    row.scrollLeft = 200;
    fireEvent.scroll(row);
    expect(row.className).toBe('row fade-start fade-end');
    row.scrollLeft = 400;
    fireEvent.scroll(row);
    expect(row.className).toBe('row fade-start');
  });

  it('scrolls the row to show a tab picked out of view, whole', () => {
    render(<Harness first="welcome" />);
    const row = screen.getByRole('tablist', { name: 'Journeys' });
    Object.defineProperty(row, 'scrollWidth', { configurable: true, value: 600 });
    Object.defineProperty(row, 'clientWidth', { configurable: true, value: 200 });
    // Four tabs of 150 px side by side.
    screen.getAllByRole('tab').forEach((t, i) => {
      Object.defineProperty(t, 'offsetLeft', { configurable: true, value: i * 150 });
      Object.defineProperty(t, 'offsetWidth', { configurable: true, value: 150 });
    });
    fireEvent.keyDown(tab('Welcome'), { key: 'End' });
    // Its right edge, and the fade's width past it, in view.
    expect(row.scrollLeft).toBe(600 - 200 + 24);
    fireEvent.keyDown(tab('Win back'), { key: 'ArrowLeft' });
    // Birthday (300-450) starts left of the view (424-624): its left edge, and the fade's width.
    expect(row.scrollLeft).toBe(300 - 24);
    fireEvent.keyDown(tab('Birthday'), { key: 'Home' });
    expect(row.scrollLeft).toBe(0);
    expect(row.className).toBe('row fade-end');
  });
});
