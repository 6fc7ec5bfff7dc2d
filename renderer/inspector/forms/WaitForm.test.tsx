import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderNodeForm, starterContext } from '../test/harness';
import { WaitForm } from './WaitForm';

describe('WaitForm', () => {
  it('sets a wait for a number of a unit, and ISO text for what has no single unit', async () => {
    const { user, last } = renderNodeForm('wait', { id: 'w1', type: 'wait', for: 'PT1H' });
    const amount = screen.getByLabelText('Wait for');
    expect(amount).toHaveValue('1');
    await user.clear(amount);
    await user.type(amount, '2');
    await user.selectOptions(screen.getByLabelText('Unit'), 'days');
    expect(last()).toEqual({ id: 'w1', type: 'wait', for: 'P2D' });
    expect(screen.getByText('2 days')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Unit'), 'iso');
    const iso = screen.getByLabelText('Wait for');
    await user.clear(iso);
    await user.type(iso, 'P1DT12H');
    expect(last()).toEqual({ id: 'w1', type: 'wait', for: 'P1DT12H' });
    expect(screen.getByText('1 day and 12 hours')).toBeInTheDocument();
  });

  it('shows a message instead of saving a duration that is not one', async () => {
    const { user, onChange } = renderNodeForm('wait', { id: 'w1', type: 'wait', for: 'PT1H' });
    const amount = screen.getByLabelText('Wait for');
    await user.clear(amount);
    await user.type(amount, '1.5');
    expect(screen.getByText('Must be a whole number, 0 or more, such as 2.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Unit'), 'iso');
    const iso = screen.getByLabelText('Wait for');
    await user.clear(iso);
    await user.type(iso, 'two days');
    expect(screen.getByText(/^Must be an ISO 8601 duration/)).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('waits until a time of day on chosen weekdays', async () => {
    const { user, last } = renderNodeForm('wait', { id: 'w1', type: 'wait', for: 'PT1H' });
    await user.click(screen.getByRole('button', { name: 'Time of day' }));
    expect(last()).toEqual({ id: 'w1', type: 'wait', until: { time: '09:00' } });
    const time = screen.getByLabelText('Time of day');
    await user.clear(time);
    await user.type(time, '10:30');
    await user.click(screen.getByRole('button', { name: 'Friday' }));
    screen.getByRole('button', { name: 'Monday' }).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Monday' })).toHaveAttribute('aria-pressed', 'true');
    expect(last()).toEqual({
      id: 'w1',
      type: 'wait',
      until: { time: '10:30', weekdays: ['mon', 'fri'] },
    });
    await user.click(screen.getByRole('button', { name: 'Monday' }));
    await user.click(screen.getByRole('button', { name: 'Friday' }));
    expect(last()).toEqual({ id: 'w1', type: 'wait', until: { time: '10:30' } });
    await user.clear(time);
    await user.type(time, '9am');
    expect(screen.getByText(/^Must be a 24-hour clock time/)).toBeInTheDocument();
    expect(last()).toEqual({ id: 'w1', type: 'wait', until: { time: '10:30' } });
  });

  it('waits until a date in the event, with an offset, and refuses a path of neither', async () => {
    const { user, last } = renderNodeForm('wait', { id: 'w1', type: 'wait', for: 'PT1H' });
    await user.click(screen.getByRole('button', { name: 'A date' }));
    expect(last()).toEqual({
      id: 'w1',
      type: 'wait',
      until: { property: 'event.starts_at', offset: '-P1D' },
    });
    const path = screen.getByLabelText('Date in');
    await user.clear(path);
    await user.type(path, 'renewal_at');
    expect(screen.getByText(/^Must start with "profile." or "event."/)).toBeInTheDocument();
    await user.clear(path);
    await user.type(path, 'profile.renewal_at');
    await user.selectOptions(screen.getByLabelText('When'), 'before');
    const offset = screen.getByLabelText('Offset');
    await user.clear(offset);
    await user.type(offset, '2');
    await user.selectOptions(screen.getByLabelText('Offset unit'), 'hours');
    expect(last()).toEqual({
      id: 'w1',
      type: 'wait',
      until: { property: 'profile.renewal_at', offset: '-PT2H' },
    });
    await user.selectOptions(screen.getByLabelText('When'), 'none');
    expect(last()).toEqual({ id: 'w1', type: 'wait', until: { property: 'profile.renewal_at' } });
  });

  it('drops a draft that is not valid when the node changes from outside (an undo)', async () => {
    const context = starterContext();
    const onChange = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(
      <WaitForm
        node={{ id: 'w1', type: 'wait', for: 'PT1H' }}
        onChange={onChange}
        context={context}
      />,
    );
    await user.clear(screen.getByLabelText('Wait for'));
    await user.type(screen.getByLabelText('Wait for'), 'x');
    expect(screen.getByText(/^Must be a whole number/)).toBeInTheDocument();
    rerender(
      <WaitForm
        node={{ id: 'w1', type: 'wait', for: 'P3D' }}
        onChange={onChange}
        context={context}
      />,
    );
    expect(screen.getByLabelText('Wait for')).toHaveValue('3');
    expect(screen.getByLabelText('Unit')).toHaveValue('days');
    expect(screen.queryByText(/^Must be a whole number/)).not.toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });
});
