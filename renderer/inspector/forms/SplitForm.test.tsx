import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderNodeForm } from '../test/harness';

const split = {
  id: 'ab',
  type: 'split' as const,
  variants: [
    { key: 'a', weight: 50 },
    { key: 'b', weight: 50 },
  ],
};

describe('SplitForm', () => {
  it('edits weights, shown as percentages, and adds and removes variants', async () => {
    const { user, last } = renderNodeForm('split', split);
    expect(screen.getAllByText('50%')).toHaveLength(2);
    const weight = screen.getByLabelText('Variant 1 weight');
    await user.clear(weight);
    await user.type(weight, '150');
    expect(screen.getByText('75%')).toBeInTheDocument();
    expect(screen.getByText('25%')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '+ Add variant' }));
    expect(last()).toEqual({
      id: 'ab',
      type: 'split',
      variants: [
        { key: 'a', weight: 150 },
        { key: 'b', weight: 50 },
        { key: 'c', weight: 50 },
      ],
    });
    const key = screen.getByLabelText('Variant 3 key');
    await user.clear(key);
    await user.type(key, 'control');
    await user.click(screen.getByRole('button', { name: 'Remove variant 2' }));
    expect(last()).toEqual({
      id: 'ab',
      type: 'split',
      variants: [
        { key: 'a', weight: 150 },
        { key: 'control', weight: 50 },
      ],
    });
  });

  it('shows a message instead of saving a weight that is not positive or a key used twice', async () => {
    const { user, onChange, last } = renderNodeForm('split', split);
    const weight = screen.getByLabelText('Variant 2 weight');
    await user.clear(weight);
    await user.type(weight, '0');
    expect(screen.getByText(/^Variant 2: Must be positive/)).toBeInTheDocument();
    await user.clear(weight);
    await user.type(weight, '-5');
    expect(screen.getByText(/^Variant 2: Must be positive/)).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
    await user.clear(weight);
    await user.type(weight, '30');
    const saved = onChange.mock.calls.length;
    const key = screen.getByLabelText('Variant 2 key');
    await user.clear(key);
    await user.type(key, 'a');
    expect(screen.getByText(/^Variant 2: Is a second variant with this key/)).toBeInTheDocument();
    await user.type(key, ' B');
    expect(screen.getByText(/^Variant 2: Must be 1 to 64 characters/)).toBeInTheDocument();
    expect(onChange.mock.calls.length).toBe(saved);
    expect(last()).toEqual({
      id: 'ab',
      type: 'split',
      variants: [
        { key: 'a', weight: 50 },
        { key: 'b', weight: 30 },
      ],
    });
  });

  it('keeps the last variant: a split needs one', () => {
    renderNodeForm('split', { id: 'ab', type: 'split', variants: [{ key: 'a', weight: 1 }] });
    expect(screen.getByRole('button', { name: 'Remove variant 1' })).toBeDisabled();
  });
});
