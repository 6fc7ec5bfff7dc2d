import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeNode } from '../nodes/registry';
import { renderApp } from '../test/render-app';
import { starter } from '../test/starter';

describe('JourneyView', () => {
  it('draws every node of the journey as a card with its sentence', async () => {
    const journey = starter.journey('cart-abandonment');
    renderApp('#/journeys/cart-abandonment');
    const canvas = await screen.findByTestId('journey-canvas');
    for (const node of journey.nodes) {
      const card = await within(canvas).findByTestId(`node-card-${node.id}`);
      expect(card).toHaveTextContent(describeNode(node));
    }
    expect(within(canvas).getByText('When Cart abandoned')).toBeInTheDocument();
    expect(within(canvas).getByText('Wait 1 hour')).toBeInTheDocument();
  });

  it('labels the handles of branching nodes with their ports, and draws one edge per stored edge', async () => {
    const journey = starter.journey('cart-abandonment');
    renderApp('#/journeys/cart-abandonment');
    const canvas = await screen.findByTestId('journey-canvas');
    const condition = journey.nodes.find((n) => n.type === 'condition');
    if (!condition) throw new Error('the starter cart journey has a condition');
    const card = await within(canvas).findByTestId(`node-card-${condition.id}`);
    expect(within(card).getByText('yes')).toBeInTheDocument();
    expect(within(card).getByText('no')).toBeInTheDocument();
    await waitFor(() =>
      expect(canvas.querySelectorAll('.react-flow__edge')).toHaveLength(journey.edges.length),
    );
  });

  it('shows the journey in the top bar and its settings in the inspector', async () => {
    const journey = starter.journey('cart-abandonment');
    renderApp('#/journeys/cart-abandonment');
    expect(
      await screen.findByRole('heading', { level: 1, name: journey.name }),
    ).toBeInTheDocument();
    const inspector = within(await screen.findByRole('complementary', { name: 'Inspector' }));
    expect(inspector.getByText('Journey settings')).toBeInTheDocument();
    expect(inspector.getAllByDisplayValue('order_placed').length).toBeGreaterThan(0);
  });

  it('shows the selected node in the inspector', async () => {
    renderApp('#/journeys/cart-abandonment');
    const card = await screen.findByTestId('node-card-w1');
    // A plain click: d3-zoom's mousedown handler needs a real window view.
    fireEvent.click(card);
    const inspector = within(screen.getByRole('complementary', { name: 'Inspector' }));
    expect(await inspector.findByRole('heading', { name: 'w1' })).toBeInTheDocument();
    expect(inspector.getByText('Wait 1 hour')).toBeInTheDocument();
  });

  it('opens the template of a selected email node', async () => {
    const email = starter.journey('cart-abandonment').nodes.find((n) => n.type === 'email');
    if (email?.type !== 'email') throw new Error('the starter cart journey sends email');
    renderApp('#/journeys/cart-abandonment');
    fireEvent.click(await screen.findByTestId(`node-card-${email.id}`));
    const inspector = within(screen.getByRole('complementary', { name: 'Inspector' }));
    fireEvent.click(await inspector.findByRole('button', { name: /Open template/ }));
    expect(window.location.hash).toBe(`#/templates/${email.template}`);
    expect(await screen.findByRole('region', { name: 'MJML source' })).toBeInTheDocument();
  });

  it('lays out a journey without a stored layout', async () => {
    const journey = starter.journey('welcome');
    const { layout: _layout, ...unplaced } = journey;
    const { fakeBridge, starterAnswers } = await import('../test/fake-bridge');
    const bridge = fakeBridge((method, input) =>
      method === 'journeys.get'
        ? { journey: unplaced, revision: 3, updatedAt: '2026-03-02T09:00:00Z' }
        : starterAnswers(method, input),
    );
    renderApp('#/journeys/welcome', bridge);
    // ELK is loaded on first use and lays out in its own time.
    const canvas = await screen.findByTestId('journey-canvas', {}, { timeout: 10_000 });
    for (const node of journey.nodes) {
      expect(await within(canvas).findByTestId(`node-card-${node.id}`)).toBeInTheDocument();
    }
  });

  it('says so when the journey does not exist', async () => {
    renderApp('#/journeys/nope');
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no journey "nope".');
  });
});
