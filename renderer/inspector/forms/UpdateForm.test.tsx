import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderNodeForm } from '../test/harness';

describe('UpdateForm', () => {
  it('sets typed properties, clears properties, adds and removes tags as chips', async () => {
    const { user, last } = renderNodeForm('update', {
      id: 'u1',
      type: 'update',
      addTags: ['engaged'],
    });
    await user.click(screen.getByRole('button', { name: '+ Set a property' }));
    await user.type(screen.getByLabelText('Property 1 name'), 'tier');
    await user.type(screen.getByLabelText('Property 1 value'), 'gold');
    await user.click(screen.getByRole('button', { name: '+ Set a property' }));
    await user.type(screen.getByLabelText('Property 2 name'), 'vip');
    await user.selectOptions(screen.getByLabelText('Property 2 value type'), 'boolean');
    await user.click(screen.getByRole('button', { name: '+ Set a property' }));
    await user.type(screen.getByLabelText('Property 3 name'), 'score');
    await user.selectOptions(screen.getByLabelText('Property 3 value type'), 'number');
    await user.type(screen.getByLabelText('Property 3 value'), '7.5');
    await user.type(screen.getByLabelText('Clear properties'), 'discount_code{Enter}');
    await user.type(screen.getByLabelText('Add tags'), 'vip{Enter}');
    await user.type(screen.getByLabelText('Remove tags'), 'lapsed');
    await user.click(screen.getAllByRole('button', { name: 'Add' })[2] as HTMLElement);
    expect(last()).toEqual({
      id: 'u1',
      type: 'update',
      addTags: ['engaged', 'vip'],
      set: { tier: 'gold', vip: true, score: 7.5 },
      unset: ['discount_code'],
      removeTags: ['lapsed'],
    });
    await user.click(screen.getByRole('button', { name: 'Remove tag engaged' }));
    await user.click(screen.getByRole('button', { name: 'Remove property discount_code' }));
    await user.click(screen.getByRole('button', { name: 'Remove property 1' }));
    expect(last()).toEqual({
      id: 'u1',
      type: 'update',
      addTags: ['vip'],
      set: { vip: true, score: 7.5 },
      removeTags: ['lapsed'],
    });
  });

  it('shows a message instead of saving a tag twice, an empty tag or a value that is not a number', async () => {
    const { user, onChange } = renderNodeForm('update', {
      id: 'u1',
      type: 'update',
      addTags: ['vip'],
    });
    await user.type(screen.getByLabelText('Add tags'), 'vip{Enter}');
    expect(screen.getByText('"vip" is already in the list.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Add tags'));
    await user.type(screen.getByLabelText('Add tags'), '{Enter}');
    expect(screen.getByText('Type a tag first.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '+ Set a property' }));
    await user.selectOptions(screen.getByLabelText('Property 1 value type'), 'number');
    await user.type(screen.getByLabelText('Property 1 value'), 'lots');
    expect(screen.getByText(/Needs a property name\. Must be a number/)).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });
});
