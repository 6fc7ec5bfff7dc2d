import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiClientError } from '../api/errors';
import { fakeBridge, starterAnswers } from '../test/fake-bridge';
import { renderApp } from '../test/render-app';
import { starter } from '../test/starter';

async function journeysSection() {
  return within(await screen.findByRole('region', { name: 'Journeys' }));
}

describe('Sidebar', () => {
  it('lists the workspace: name, journeys with status and node count, and every section with its count', async () => {
    renderApp();
    const sidebar = within(await screen.findByRole('complementary', { name: 'Workspace' }));
    expect(await sidebar.findByText(starter.workspace.name)).toBeInTheDocument();
    const journeys = await journeysSection();
    const cart = starter.journey('cart-abandonment');
    const item = journeys.getByRole('button', { name: new RegExp(cart.name) });
    expect(within(item).getByRole('img', { name: /live|draft|paused/i })).toHaveAccessibleName(
      cart.status === 'live' ? 'Live' : cart.status === 'draft' ? 'Draft' : 'Paused',
    );
    expect(within(item).getByText(String(cart.nodes.length))).toBeInTheDocument();
    for (const [title, count] of [
      ['Journeys', starter.journeyIds.length],
      ['Templates', starter.templateIds.length],
      ['Segments', starter.segmentIds.length],
      ['Persona sets', starter.personaNames.length],
    ] as const) {
      const head = sidebar.getByRole('button', { name: new RegExp(`^${title}`) });
      expect(head).toHaveTextContent(String(count));
    }
  });

  it('filters every section by the search text', async () => {
    const user = userEvent.setup();
    renderApp();
    await journeysSection();
    await user.type(screen.getByRole('searchbox', { name: 'Search the workspace' }), 'cart');
    const journeys = await journeysSection();
    const names = journeys.getAllByRole('button', { name: /./ }).map((b) => b.textContent);
    expect(names.some((n) => n?.includes('Cart abandonment'))).toBe(true);
    expect(names.some((n) => n?.includes('Welcome series'))).toBe(false);
    await user.clear(screen.getByRole('searchbox', { name: 'Search the workspace' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search the workspace' }), 'zzz-nothing');
    expect(await screen.findByText(/Nothing matches/)).toBeInTheDocument();
  });

  it('moves between items with the arrow keys and opens one with Enter', async () => {
    const user = userEvent.setup();
    renderApp();
    await journeysSection();
    const search = screen.getByRole('searchbox', { name: 'Search the workspace' });
    await user.click(search);
    await user.keyboard('{ArrowDown}');
    const first = document.activeElement;
    expect(first).toHaveAttribute('data-nav-item');
    await user.keyboard('{ArrowDown}');
    const second = document.activeElement;
    expect(second).not.toBe(first);
    expect(second).toHaveAttribute('data-nav-item');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(first);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/journeys\//));
    expect(first).toHaveAttribute('aria-current', 'page');
  });

  it('"/" focuses the search field', async () => {
    const user = userEvent.setup();
    renderApp();
    await journeysSection();
    await user.keyboard('/');
    expect(screen.getByRole('searchbox', { name: 'Search the workspace' })).toHaveFocus();
  });

  it('shows an API error with its message and problems, and retries', async () => {
    let fail = true;
    const bridge = fakeBridge((method, input) => {
      if (method === 'workspace.summary' && fail) {
        throw new ApiClientError('invalid-workspace', 'The workspace cannot be read.', [
          {
            severity: 'error',
            file: 'journeys/cart.journey.json',
            path: '$.nodes[2].for',
            message: 'must be an ISO 8601 duration such as PT1H',
          },
        ]);
      }
      return starterAnswers(method, input);
    });
    const user = userEvent.setup();
    renderApp('#/', bridge);
    const alert = await screen.findAllByRole('alert');
    const sidebarAlert = alert[0];
    if (!sidebarAlert) throw new Error('no alert');
    expect(sidebarAlert).toHaveTextContent('The workspace cannot be read.');
    expect(sidebarAlert).toHaveTextContent('journeys/cart.journey.json $.nodes[2].for');
    expect(sidebarAlert).toHaveTextContent('must be an ISO 8601 duration');
    fail = false;
    await user.click(within(sidebarAlert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Journeys' })).toBeInTheDocument();
  });

  it('refreshes when the core says the workspace changed', async () => {
    const { bridge } = renderApp();
    await journeysSection();
    const before = bridge.calls.filter((c) => c === 'workspace.summary').length;
    bridge.emit('workspace.changed', { kind: 'journey', id: 'welcome' });
    await waitFor(() =>
      expect(bridge.calls.filter((c) => c === 'workspace.summary').length).toBe(before + 1),
    );
  });
});
