import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FunnelChart } from './FunnelChart';
import { Timeline } from './Timeline';
import type { JourneyAggregate, TraceEntry } from './types';

const entries: TraceEntry[] = [
  {
    at: '2026-03-02T09:00:00Z',
    persona: 'hugo',
    kind: 'event',
    reason: { code: 'event', event: 'cart_abandoned' },
    text: 'did cart_abandoned',
  },
  {
    at: '2026-03-02T10:00:00Z',
    persona: 'hugo',
    journey: 'cart-abandonment',
    node: 'ab',
    kind: 'step',
    reason: { code: 'split', variant: 'a' },
    text: 'took variant "a" (hash draw 0.3352)',
  },
  {
    at: '2026-03-02T21:30:00Z',
    persona: 'hugo',
    journey: 'cart-abandonment',
    node: 'e2',
    kind: 'held',
    reason: { code: 'held', by: 'quiet-hours' },
    text: 'held by quiet hours until 08:00 Lisbon time',
  },
  {
    at: '2026-03-03T09:00:00Z',
    persona: 'hugo',
    journey: 'cart-abandonment',
    node: 'e2',
    kind: 'email',
    reason: { code: 'sent', subject: 'Not sure about the size? We can help' },
    text: 'sent cart-2 "Not sure about the size? We can help" to hugo@example.com',
  },
];

describe('Timeline', () => {
  it("shows each entry with the engine's why sentence, and opens emails", () => {
    const open = vi.fn();
    render(<Timeline entries={entries} timeZone="Europe/Lisbon" onOpenEmail={open} />);
    const list = screen.getByRole('list', { name: 'Timeline' });
    for (const e of entries) expect(list).toHaveTextContent(e.text);
    expect(list).toHaveTextContent('Held');
    const email = within(list).getByRole('button', { name: /Not sure about the size/ });
    fireEvent.click(email);
    expect(open).toHaveBeenCalledWith(entries[3]);
  });

  it('says when nothing has happened', () => {
    render(<Timeline entries={[]} timeZone="UTC" empty="Start a session." />);
    expect(screen.getByText('Start a session.')).toBeInTheDocument();
  });
});

describe('FunnelChart', () => {
  const aggregate: JourneyAggregate = {
    journey: 'cart-abandonment',
    name: 'Cart abandonment',
    entered: 2000,
    conversions: 226,
    conversionRate: 0.113,
    nodes: [],
    exits: { completed: 1500, goal: 226, 'exit-condition': 0, unsubscribed: 0, horizon: 274 },
    funnel: [
      {
        node: 'e1a',
        template: 'cart-1',
        subject: 'You left it',
        reached: 1000,
        sent: 990,
        share: 0.5,
      },
      { node: 'e2', template: 'cart-2', subject: 'Sizes', reached: 1500, sent: 1500, share: 0.75 },
    ],
  };

  it('draws entered, every email in path order and conversions, with counts and shares', () => {
    const { container } = render(<FunnelChart aggregate={aggregate} />);
    const svg = screen.getByRole('img', { name: 'Funnel of Cart abandonment' });
    const rows = container.querySelectorAll('[data-testid^="funnel-row-"]');
    expect([...rows].map((r) => r.getAttribute('data-testid'))).toEqual([
      'funnel-row-entered',
      'funnel-row-e1a',
      'funnel-row-e2',
      'funnel-row-converted',
    ]);
    expect(svg).toHaveTextContent('2,000');
    expect(within(rows[2] as HTMLElement).getByText('1,500')).toBeInTheDocument();
    expect(rows[2]).toHaveTextContent('75%');
    expect(rows[3]).toHaveTextContent('11.3%');
    // Bars are proportional to those who entered.
    const bar = (i: number) => Number(rows[i]?.querySelector('.funnel-bar')?.getAttribute('width'));
    expect(bar(2) / bar(0)).toBeCloseTo(0.75);
  });

  it('makes each email row a button that picks its node, when asked', () => {
    const pick = vi.fn();
    render(<FunnelChart aggregate={aggregate} onPickEmail={pick} />);
    const funnel = screen.getByRole('group', { name: 'Funnel of Cart abandonment' });
    const rows = within(funnel).getAllByRole('button');
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual([
      'Who received You left it',
      'Who received Sizes',
    ]);
    fireEvent.click(rows[1] as HTMLElement);
    fireEvent.keyDown(rows[0] as HTMLElement, { key: 'Enter' });
    expect(pick.mock.calls).toEqual([['e2'], ['e1a']]);
  });
});
