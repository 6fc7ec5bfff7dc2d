import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app';
import { starter } from '../test/starter';

describe('SegmentView', () => {
  it('says who is in the segment, in words and as a tree', async () => {
    renderApp('#/segments/engaged-shoppers');
    const segment = starter.segment('engaged-shoppers');
    expect(await screen.findByRole('heading', { level: 1, name: segment.name })).toBeVisible();
    expect(screen.getByText(/^Profiles that did Product viewed/)).toBeInTheDocument();
    expect(screen.getByText('All of these')).toBeInTheDocument();
  });
});

describe('PersonasView', () => {
  it('lists personas with their email, timezone and counts, and the cohorts', async () => {
    renderApp('#/personas/starter');
    const file = starter.personas('starter');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength((file.personas?.length ?? 0) + 1);
    const first = file.personas?.[0];
    if (!first) throw new Error('the starter persona set has personas');
    const row = within(table).getByText(first.profile.email).closest('tr');
    if (!row) throw new Error('no row');
    expect(row).toHaveTextContent(first.id);
    expect(row).toHaveTextContent(String(first.events?.length ?? 0));
    expect(screen.getByRole('heading', { name: 'Cohorts' })).toBeInTheDocument();
  });
});

describe('TemplateView', () => {
  it('shows the MJML source and a sandboxed preview that switches to mobile width', async () => {
    renderApp('#/templates/cart-1');
    const source = await screen.findByRole('region', { name: 'MJML source' });
    expect(source).toHaveTextContent('<mjml>');
    const frame = await screen.findByTestId('template-preview', {}, { timeout: 20_000 });
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame.getAttribute('srcdoc')).toContain('<!doctype html>');
    fireEvent.click(screen.getByRole('button', { name: /Mobile/ }));
    expect(frame.parentElement).toHaveClass('preview-mobile');
  });
});
