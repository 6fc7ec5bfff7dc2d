import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PersonasFile } from '../../src/model';
import { ApiClientError } from '../api/errors';
import { fakeBridge, starterAnswers } from '../test/fake-bridge';
import { renderApp } from '../test/render-app';
import { starter } from '../test/starter';

function isFile(v: unknown): v is { name: string; file: PersonasFile } {
  return typeof v === 'object' && v !== null && 'file' in v;
}

async function openEditor(answer: (method: string, input: unknown) => unknown) {
  renderApp('#/personas/cart-abandonment', fakeBridge(answer));
  fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
  return screen.findByRole('table', { name: 'Personas' });
}

describe('the persona set editor', () => {
  it('saves edits of profile cells, tags, scripted events and reactions into the file', async () => {
    const saved: PersonasFile[] = [];
    await openEditor((method, input) => {
      if (method === 'personas.save' && isFile(input)) {
        saved.push(input.file);
        return {};
      }
      return starterAnswers(method, input);
    });
    const first = starter.personas('cart-abandonment').personas?.[0];
    if (!first) throw new Error('the set has personas');
    fireEvent.change(screen.getByLabelText(`${first.id} email`), {
      target: { value: 'filipa@acme.example' },
    });
    fireEvent.change(screen.getByLabelText(`${first.id} tags`), {
      target: { value: 'vip, runner' },
    });
    fireEvent.click(screen.getByRole('button', { name: `Script of ${first.id}` }));
    fireEvent.change(screen.getByLabelText(`${first.id} event 1 at`), {
      target: { value: '+PT2H' },
    });
    fireEvent.change(screen.getByLabelText(`${first.id} reaction 1 chance`), {
      target: { value: '0.5' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const persona = saved[0]?.personas?.[0];
    expect(persona?.profile.email).toBe('filipa@acme.example');
    expect(persona?.profile.tags).toEqual(['vip', 'runner']);
    expect(persona?.events?.[0]?.at).toBe('+PT2H');
    expect(persona?.reactions?.[0]?.chance).toBe(0.5);
    // Untouched fields keep their values.
    expect(persona?.profile.first_name).toBe(first.profile.first_name);
    expect(saved[0]?.personas?.[1]).toEqual(starter.personas('cart-abandonment').personas?.[1]);
  });

  it("shows the core's problems in the cells their JSON paths name", async () => {
    await openEditor((method, input) => {
      if (method === 'personas.save') {
        throw new ApiClientError('bad-input', 'not valid', [
          {
            severity: 'error',
            file: 'personas/cart-abandonment.personas.json',
            path: '$.personas[0].profile.timezone',
            value: '"Mars/Olympus"',
            message: 'must be an IANA timezone, such as Europe/Lisbon',
          },
        ]);
      }
      return starterAnswers(method, input);
    });
    const first = starter.personas('cart-abandonment').personas?.[0];
    const cell = screen.getByLabelText(`${first?.id} timezone`);
    fireEvent.change(cell, { target: { value: 'Mars/Olympus' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(cell).toHaveAttribute('aria-invalid', 'true'));
    expect(cell).toHaveAccessibleDescription('must be an IANA timezone, such as Europe/Lisbon');
    expect(screen.getByText(/Not saved: 1 problem/)).toBeInTheDocument();
  });

  it('lists the bad rows of a CSV import with their line numbers, and imports nothing', async () => {
    const calls: string[] = [];
    await openEditor((method, input) => {
      calls.push(method);
      if (method === 'personas.importCsv') {
        throw new ApiClientError('bad-input', 'people.csv has 2 bad row(s); nothing was imported', [
          {
            severity: 'error',
            file: 'people.csv',
            path: 'line 3',
            value: 'not-an-email',
            message: 'email is not an email address.',
          },
          {
            severity: 'error',
            file: 'people.csv',
            path: 'line 5',
            value: 'Mars/Olympus',
            message: 'timezone is not an IANA timezone.',
          },
        ]);
      }
      return starterAnswers(method, input);
    });
    const csv =
      'email,timezone\na@x.com,Europe/Lisbon\nnot-an-email,UTC\nb@x.com,UTC\nc@x.com,Mars/Olympus\n';
    const picker = screen.getByLabelText('CSV file');
    fireEvent.change(picker, {
      target: { files: [new File([csv], 'people.csv', { type: 'text/csv' })] },
    });
    const bad = await screen.findByRole('table', { name: 'Bad rows' });
    const rows = within(bad).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('td')?.textContent)).toEqual(['3', '5']);
    expect(bad).toHaveTextContent('email is not an email address.');
    expect(screen.getByText(/nothing was imported/)).toBeInTheDocument();
    expect(calls).not.toContain('personas.save');
  });

  it('saves the set under a new name', async () => {
    const saved: string[] = [];
    await openEditor((method, input) => {
      if (method === 'personas.save' && isFile(input)) {
        saved.push(input.name);
        return {};
      }
      return starterAnswers(method, input);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save as new set…' }));
    fireEvent.change(screen.getByLabelText('New persona set name'), {
      target: { value: 'cart copy' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save as' }));
    await waitFor(() => expect(saved).toEqual(['cart-copy']));
    await waitFor(() => expect(window.location.hash).toBe('#/personas/cart-copy'));
  });
});
