import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderNodeForm } from '../test/harness';

describe('TriggerForm', () => {
  it('edits an event trigger: the event and its property filters, keeping unknown fields', async () => {
    const { user, last } = renderNodeForm('trigger', {
      id: 'start',
      type: 'trigger',
      on: 'event',
      event: 'signed_up',
      note: 'kept',
    });
    const event = screen.getByLabelText('Event');
    await user.clear(event);
    await user.type(event, 'cart_abandoned');
    await user.click(screen.getByRole('button', { name: '+ Add filter' }));
    await user.type(screen.getByLabelText('Filter 1 name'), 'category');
    await user.type(screen.getByLabelText('Filter 1 value'), 'shoes');
    await user.click(screen.getByRole('button', { name: '+ Add filter' }));
    await user.type(screen.getByLabelText('Filter 2 name'), 'size');
    await user.selectOptions(screen.getByLabelText('Filter 2 value type'), 'number');
    await user.type(screen.getByLabelText('Filter 2 value'), '42');
    expect(last()).toEqual({
      id: 'start',
      type: 'trigger',
      on: 'event',
      event: 'cart_abandoned',
      note: 'kept',
      where: { category: 'shoes', size: 42 },
    });
  });

  it('shows a message instead of saving an empty event or a filter without a name', async () => {
    const { user, onChange } = renderNodeForm('trigger', {
      id: 'start',
      type: 'trigger',
      on: 'event',
      event: 'signed_up',
    });
    await user.clear(screen.getByLabelText('Event'));
    expect(screen.getByText(/^Needs an event name/)).toBeInTheDocument();
    expect(screen.getByLabelText('Event')).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: '+ Add filter' }));
    expect(screen.getByText('Needs a property name.')).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('brings back what a kind had when the person switches back to it', async () => {
    const where = { category: 'shoes' };
    const { user, last } = renderNodeForm('trigger', {
      id: 'start',
      type: 'trigger',
      on: 'event',
      event: 'cart_abandoned',
      where,
    });
    await user.selectOptions(screen.getByLabelText('Starts when the profile…'), 'date');
    await user.selectOptions(screen.getByLabelText('Starts when the profile…'), 'event');
    expect(last()).toEqual({
      id: 'start',
      type: 'trigger',
      on: 'event',
      event: 'cart_abandoned',
      where,
    });
  });

  it('switches to a segment trigger and picks the segment', async () => {
    const { user, last } = renderNodeForm('trigger', {
      id: 'start',
      type: 'trigger',
      on: 'event',
      event: 'signed_up',
    });
    await user.selectOptions(screen.getByLabelText('Starts when the profile…'), 'segment');
    await user.selectOptions(screen.getByLabelText('Segment'), 'vip');
    expect(last()).toEqual({ id: 'start', type: 'trigger', on: 'segment', segment: 'vip' });
  });

  it('edits a date trigger: property, an offset before the date, the time, yearly', async () => {
    const { user, last, onChange } = renderNodeForm('trigger', {
      id: 'start',
      type: 'trigger',
      on: 'event',
      event: 'signed_up',
    });
    await user.selectOptions(screen.getByLabelText('Starts when the profile…'), 'date');
    expect(last()).toEqual({
      id: 'start',
      type: 'trigger',
      on: 'date',
      property: 'birthday',
      at: '09:00',
      yearly: true,
    });
    await user.selectOptions(screen.getByLabelText('When'), 'before');
    const amount = screen.getByLabelText('Offset');
    await user.clear(amount);
    await user.type(amount, '3');
    expect(screen.getByText('3 days before')).toBeInTheDocument();
    const at = screen.getByLabelText('At');
    await user.clear(at);
    await user.type(at, '25:00');
    expect(screen.getByText(/^Must be a 24-hour clock time/)).toBeInTheDocument();
    const calls = onChange.mock.calls.length;
    await user.clear(at);
    await user.type(at, '10:30');
    await user.click(screen.getByLabelText('Every year'));
    expect(onChange.mock.calls.length).toBe(calls + 2);
    expect(last()).toEqual({
      id: 'start',
      type: 'trigger',
      on: 'date',
      property: 'birthday',
      at: '10:30',
      offset: '-P3D',
    });
  });

  it('edits an inactivity trigger, carrying the event over, with the duration in words', async () => {
    const { user, last } = renderNodeForm('trigger', {
      id: 'start',
      type: 'trigger',
      on: 'event',
      event: 'order_placed',
    });
    await user.selectOptions(screen.getByLabelText('Starts when the profile…'), 'inactivity');
    const amount = screen.getByLabelText('For');
    await user.clear(amount);
    await user.type(amount, '8');
    await user.selectOptions(screen.getByLabelText('Unit'), 'weeks');
    expect(screen.getByText('8 weeks')).toBeInTheDocument();
    expect(last()).toEqual({
      id: 'start',
      type: 'trigger',
      on: 'inactivity',
      event: 'order_placed',
      for: 'P8W',
    });
    await user.clear(amount);
    await user.type(amount, 'x');
    expect(screen.getByText(/^Must be a whole number/)).toBeInTheDocument();
    expect(last()?.for).toBe('P8W');
  });

  it('edits an attribute trigger with an optional value it changes to', async () => {
    const { user, last } = renderNodeForm('trigger', {
      id: 'start',
      type: 'trigger',
      on: 'attribute',
      property: 'tier',
    });
    await user.click(screen.getByLabelText('Only when it changes to a value'));
    await user.type(screen.getByLabelText('Changes to'), 'gold');
    expect(last()).toEqual({
      id: 'start',
      type: 'trigger',
      on: 'attribute',
      property: 'tier',
      to: 'gold',
    });
    await user.selectOptions(screen.getByLabelText('Changes to type'), 'boolean');
    expect(last()).toEqual({
      id: 'start',
      type: 'trigger',
      on: 'attribute',
      property: 'tier',
      to: true,
    });
    await user.click(screen.getByLabelText('Only when it changes to a value'));
    expect(last()).toEqual({ id: 'start', type: 'trigger', on: 'attribute', property: 'tier' });
  });
});
