import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/model';
import { renderNodeForm } from '../test/harness';

const node = (c: Condition) => ({ id: 'c1', type: 'condition' as const, if: c });
const group = (name: string) => screen.getByRole('group', { name });

describe('ConditionBuilder', () => {
  it('groups a single condition, adds rows, switches the group to any and back', async () => {
    const { user, last } = renderNodeForm('condition', node({ tag: 'vip' }));
    await user.click(screen.getByRole('button', { name: 'Group' }));
    expect(last()).toEqual(node({ all: [{ tag: 'vip' }] }));
    await user.selectOptions(screen.getByLabelText('Add to Condition'), 'property');
    await user.selectOptions(screen.getByLabelText('Add to Condition'), 'group');
    expect(last()).toEqual(
      node({ all: [{ tag: 'vip' }, { property: 'tier', op: 'eq', value: 'gold' }, { all: [] }] }),
    );
    await user.click(
      within(group('Condition')).getAllByRole('button', { name: 'Any of' })[0] as HTMLElement,
    );
    expect(last()).toEqual(
      node({ any: [{ tag: 'vip' }, { property: 'tier', op: 'eq', value: 'gold' }, { all: [] }] }),
    );
    await user.click(screen.getByRole('button', { name: 'Remove Condition.3' }));
    await user.click(screen.getByRole('button', { name: 'Negate Condition.1' }));
    expect(last()).toEqual(
      node({ any: [{ not: { tag: 'vip' } }, { property: 'tier', op: 'eq', value: 'gold' }] }),
    );
    expect(screen.getByText(/^not: has tag vip or tier is gold$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove not' }));
    expect(last()).toEqual(
      node({ any: [{ tag: 'vip' }, { property: 'tier', op: 'eq', value: 'gold' }] }),
    );
  });

  it('edits a property row: path, operator, typed value, a list for "is one of", none for "is set"', async () => {
    const { user, last } = renderNodeForm(
      'condition',
      node({ property: 'tier', op: 'eq', value: 'gold' }),
    );
    const path = screen.getByLabelText('Property');
    await user.clear(path);
    await user.type(path, 'orders_count');
    await user.selectOptions(screen.getByLabelText('Operator'), 'gte');
    await user.selectOptions(screen.getByLabelText('Value type'), 'number');
    const value = screen.getByLabelText('Value');
    await user.clear(value);
    await user.type(value, '3');
    expect(last()).toEqual(node({ property: 'orders_count', op: 'gte', value: 3 }));
    await user.selectOptions(screen.getByLabelText('Operator'), 'in');
    expect(last()).toEqual(node({ property: 'orders_count', op: 'in', value: [3] }));
    expect(screen.getByLabelText('Values type')).toHaveValue('number');
    await user.type(screen.getByLabelText('Values'), '5{Enter}');
    await user.selectOptions(screen.getByLabelText('Values type'), 'text');
    await user.type(screen.getByLabelText('Values'), 'many{Enter}');
    expect(last()).toEqual(node({ property: 'orders_count', op: 'in', value: [3, 5, 'many'] }));
    await user.click(screen.getByRole('button', { name: 'Remove value 5' }));
    expect(last()).toEqual(node({ property: 'orders_count', op: 'in', value: [3, 'many'] }));
    await user.selectOptions(screen.getByLabelText('Operator'), 'exists');
    expect(last()).toEqual(node({ property: 'orders_count', op: 'exists' }));
    expect(screen.queryByLabelText('Value')).not.toBeInTheDocument();
  });

  it('edits an event row: count, window, property filters', async () => {
    const { user, last } = renderNodeForm('condition', node({ event: 'order_placed' }));
    const event = screen.getByLabelText('Did event');
    await user.clear(event);
    await user.type(event, 'product_viewed');
    await user.selectOptions(screen.getByLabelText('How often'), 'gte');
    const times = screen.getByLabelText('Times');
    await user.clear(times);
    await user.type(times, '2');
    await user.selectOptions(screen.getByLabelText('When'), 'within');
    const window = screen.getByLabelText('In the last');
    await user.clear(window);
    await user.type(window, '48');
    await user.selectOptions(screen.getByLabelText('Unit'), 'hours');
    await user.click(screen.getByRole('button', { name: '+ Add filter' }));
    await user.type(screen.getByLabelText('Filter 1 name'), 'category');
    await user.type(screen.getByLabelText('Filter 1 value'), 'shoes');
    expect(last()).toEqual(
      node({
        event: 'product_viewed',
        count: { op: 'gte', value: 2 },
        within: 'PT48H',
        where: { category: 'shoes' },
      }),
    );
    expect(
      screen.getByText(
        'did Product viewed with category shoes at least 2 times in the last 48 hours',
      ),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('When'), 'since');
    await user.selectOptions(screen.getByLabelText('How often'), 'once');
    expect(last()).toEqual(
      node({ event: 'product_viewed', since: 'entry', where: { category: 'shoes' } }),
    );
  });

  it('edits tag, segment and email engagement rows, the email picked from this journey', async () => {
    const { user, last } = renderNodeForm('condition', node({ all: [] }));
    await user.selectOptions(screen.getByLabelText('Add to Condition'), 'tag');
    await user.selectOptions(screen.getByLabelText('Add to Condition'), 'segment');
    await user.selectOptions(screen.getByLabelText('Add to Condition'), 'email');
    const tag = screen.getByLabelText('Has tag');
    await user.clear(tag);
    await user.type(tag, 'newsletter');
    await user.selectOptions(screen.getByLabelText('Is in segment'), 'lapsed-users');
    await user.selectOptions(screen.getByLabelText('Engagement'), 'clicked');
    const email = screen.getByLabelText('Email');
    expect(within(email).getByRole('option', { name: /^e1a · / })).toBeInTheDocument();
    await user.selectOptions(email, 'e1a');
    expect(last()).toEqual(
      node({
        all: [
          { tag: 'newsletter' },
          { segment: 'lapsed-users' },
          { email: 'clicked', node: 'e1a' },
        ],
      }),
    );
    await user.selectOptions(screen.getByLabelText('Condition.3 type'), 'property');
    expect(last()).toEqual(
      node({
        all: [
          { tag: 'newsletter' },
          { segment: 'lapsed-users' },
          { property: 'tier', op: 'eq', value: 'gold' },
        ],
      }),
    );
  });

  it('shows messages instead of saving an empty tag, path, event or a count that is not a whole number', async () => {
    const { user, onChange } = renderNodeForm(
      'condition',
      node({
        all: [
          { tag: 'vip' },
          { property: 'tier', op: 'eq', value: 'gold' },
          { event: 'order_placed', count: { op: 'gte', value: 1 } },
        ],
      }),
    );
    await user.clear(screen.getByLabelText('Has tag'));
    expect(screen.getByText(/^Needs a tag/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Property'));
    expect(screen.getByText(/^Needs a property path/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Did event'));
    expect(screen.getByText(/^Needs an event name/)).toBeInTheDocument();
    const times = screen.getByLabelText('Times');
    await user.clear(times);
    await user.type(times, '-1');
    expect(screen.getByText(/^Must be a whole number, 0 or more/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Value type'), 'json');
    const value = screen.getByLabelText('Value');
    await user.clear(value);
    await user.type(value, '[[1');
    expect(screen.getByText(/^Must be JSON/)).toBeInTheDocument();
    expect(onChange.mock.calls.every(([n]) => JSON.stringify(n).includes('"tag":"vip"'))).toBe(
      true,
    );
    expect(onChange.mock.calls.length).toBeLessThanOrEqual(1);
  });
});
