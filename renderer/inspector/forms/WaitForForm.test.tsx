import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderNodeForm } from '../test/harness';

describe('WaitForForm', () => {
  it('sets the event, its filters and the timeout', async () => {
    const { user, last } = renderNodeForm('waitFor', {
      id: 'wf',
      type: 'waitFor',
      event: 'email_opened',
      timeout: 'P2D',
    });
    const event = screen.getByLabelText('Event');
    await user.clear(event);
    await user.type(event, 'email_clicked');
    await user.click(screen.getByRole('button', { name: '+ Add filter' }));
    await user.type(screen.getByLabelText('Filter 1 name'), 'node');
    await user.type(screen.getByLabelText('Filter 1 value'), 'e1');
    const timeout = screen.getByLabelText('Wait at most');
    await user.clear(timeout);
    await user.type(timeout, '48');
    await user.selectOptions(screen.getByLabelText('Unit'), 'hours');
    expect(last()).toEqual({
      id: 'wf',
      type: 'waitFor',
      event: 'email_clicked',
      where: { node: 'e1' },
      timeout: 'PT48H',
    });
    await user.click(screen.getByRole('button', { name: 'Remove filter 1' }));
    expect(last()).toEqual({ id: 'wf', type: 'waitFor', event: 'email_clicked', timeout: 'PT48H' });
  });

  it('shows messages instead of saving an empty event, a bad timeout or a twice-given filter', async () => {
    const { user, onChange, last } = renderNodeForm('waitFor', {
      id: 'wf',
      type: 'waitFor',
      event: 'email_opened',
      where: { node: 'e1' },
      timeout: 'P2D',
    });
    await user.clear(screen.getByLabelText('Event'));
    expect(screen.getByText(/^Needs an event name/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Wait at most'));
    expect(screen.getByText(/^Must be a whole number/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '+ Add filter' }));
    expect(onChange).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('Filter 2 name'), 'nod');
    const saved = onChange.mock.calls.length;
    await user.type(screen.getByLabelText('Filter 2 name'), 'e');
    expect(screen.getByText(/"node" is given twice/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Filter 1 value type'), 'number');
    expect(screen.getByText(/Must be a number such as 42/)).toBeInTheDocument();
    expect(onChange.mock.calls.length).toBe(saved);
    expect(last()).toEqual({
      id: 'wf',
      type: 'waitFor',
      event: 'email_opened',
      where: { node: 'e1', nod: '' },
      timeout: 'P2D',
    });
  });
});
