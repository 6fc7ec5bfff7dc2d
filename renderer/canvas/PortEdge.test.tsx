import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../src/model';
import { JourneyCanvas } from './JourneyCanvas';

const journey: Journey = {
  format: 'journey/v1',
  id: 'j',
  name: 'J',
  status: 'draft',
  nodes: [
    { id: 'start', type: 'trigger', on: 'event', event: 'signup' },
    { id: 'c1', type: 'condition', if: { tag: 'vip' } },
    { id: 'x1', type: 'exit' },
    { id: 'x2', type: 'exit' },
  ],
  edges: [
    { from: 'start', to: 'c1' },
    { from: 'c1', port: 'yes', to: 'x1' },
    { from: 'c1', port: 'no', to: 'x2' },
  ],
  layout: {
    start: { x: 0, y: 0 },
    c1: { x: 0, y: 120 },
    x1: { x: -120, y: 260 },
    x2: { x: 120, y: 260 },
  },
};

describe('port labels', () => {
  it('names each branch once, by the chip on its handle; edges carry only counts', async () => {
    const { container } = render(
      <JourneyCanvas
        journey={journey}
        layout="saved"
        colorMode="light"
        decorations={{ edges: { 'c1:yes': { count: '1,204' } } }}
      />,
    );
    const card = await screen.findByTestId('node-card-c1');
    expect(within(card).getByText('yes')).toHaveClass('jn-port');
    expect(within(card).getByText('no')).toHaveClass('jn-port');
    await waitFor(() => expect(container.querySelectorAll('.react-flow__edge')).toHaveLength(3));
    // Nowhere else on the canvas: no second label on the edges.
    expect(screen.getAllByText('yes')).toHaveLength(1);
    expect(screen.getAllByText('no')).toHaveLength(1);
    expect(screen.getByText('1,204')).toHaveClass('jn-edge-count');
  });
});
