import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSettingsForm } from '../test/harness';

describe('JourneySettingsForm', () => {
  it('builds every setting from none: goal, exit condition, re-entry, quiet hours, cap, priority', async () => {
    const { user, last } = renderSettingsForm(undefined);
    await user.click(screen.getByLabelText('Count a conversion when the profile does an event'));
    const within = screen.getByLabelText('Within');
    await user.clear(within);
    await user.type(within, '14');
    await user.click(screen.getByLabelText('End the run when the goal is reached'));
    await user.click(screen.getByRole('button', { name: '+ Add exit condition' }));
    await user.click(screen.getByLabelText(/^After a while/));
    await user.click(screen.getByLabelText('Hold emails during quiet hours'));
    const to = screen.getByLabelText('To');
    await user.clear(to);
    await user.type(to, '07:30');
    await user.click(screen.getByLabelText(/^Delay it/));
    const priority = screen.getByLabelText('Priority');
    await user.clear(priority);
    await user.type(priority, '10');
    expect(last()).toEqual({
      goal: { event: 'order_placed', within: 'P14D', exit: false },
      exitWhen: [{ event: 'order_placed', since: 'entry' }],
      reentry: { after: 'P30D' },
      quietHours: { from: '21:00', to: '07:30' },
      frequencyCap: 'delay',
      priority: 10,
    });
  });

  it('edits and removes what the starter cart journey has, keeping its other fields', async () => {
    const { user, last } = renderSettingsForm({
      reentry: { after: 'P7D' },
      exitWhen: [{ event: 'order_placed', since: 'entry' }],
      goal: { event: 'order_placed', within: 'P7D' },
      priority: 10,
      quietHours: { from: '21:00', to: '08:00' },
      frequencyCap: 'delay',
      owner: 'kept',
    });
    await user.selectOptions(screen.getByLabelText('Counts'), 'ever');
    const goalEvent = screen.getByLabelText('Goal event');
    await user.clear(goalEvent);
    await user.type(goalEvent, 'subscription_started');
    await user.selectOptions(screen.getByLabelText('Exit condition 1 type'), 'tag');
    await user.click(screen.getByRole('button', { name: '+ Add exit condition' }));
    await user.click(screen.getByRole('button', { name: 'Remove Exit condition 1' }));
    await user.click(screen.getByLabelText(/^Always/));
    await user.click(screen.getByLabelText('Hold emails during quiet hours'));
    await user.click(screen.getByLabelText(/^Ignore the cap/));
    expect(last()).toEqual({
      reentry: 'always',
      exitWhen: [{ event: 'subscription_started', since: 'entry' }],
      goal: { event: 'subscription_started' },
      priority: 10,
      frequencyCap: 'ignore',
      owner: 'kept',
    });
    await user.click(screen.getByRole('button', { name: 'Remove Exit condition 1' }));
    await user.click(screen.getByLabelText('Count a conversion when the profile does an event'));
    expect(last()).toEqual({
      reentry: 'always',
      priority: 10,
      frequencyCap: 'ignore',
      owner: 'kept',
    });
  });

  it('shows messages instead of saving a priority that is not a whole number or a bad time', async () => {
    const { user, onChange } = renderSettingsForm({ quietHours: { from: '21:00', to: '08:00' } });
    const priority = screen.getByLabelText('Priority');
    await user.clear(priority);
    await user.type(priority, 'high');
    expect(screen.getByText(/^Must be a whole number such as 0, 10 or -5/)).toBeInTheDocument();
    const from = screen.getByLabelText('From');
    await user.clear(from);
    await user.type(from, '9pm');
    expect(screen.getByText(/^Must be a 24-hour clock time/)).toBeInTheDocument();
    const goal = screen.getByLabelText('Count a conversion when the profile does an event');
    await user.click(goal);
    const calls = onChange.mock.calls.length;
    await user.clear(screen.getByLabelText('Goal event'));
    expect(screen.getByText(/^Needs an event name/)).toBeInTheDocument();
    expect(onChange.mock.calls.length).toBe(calls);
    expect(onChange.mock.calls).toEqual([
      [
        {
          quietHours: { from: '21:00', to: '08:00' },
          goal: { event: 'order_placed', within: 'P7D' },
        },
      ],
    ]);
  });

  it('explains each frequency-cap policy in one line', () => {
    renderSettingsForm(undefined);
    expect(screen.getByLabelText(/^Skip it/)).toBeChecked();
    expect(
      screen.getByText('Not sent, recorded as suppressed; the run goes on.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Sent as soon as the cap allows; the run waits.')).toBeInTheDocument();
    expect(
      screen.getByText('Time-critical: neither counted against nor blocked by the cap.'),
    ).toBeInTheDocument();
  });
});
