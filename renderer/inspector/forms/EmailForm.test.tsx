import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderNodeForm } from '../test/harness';

const email = {
  id: 'e1',
  type: 'email' as const,
  template: 'cart-1',
  subject: 'You left something',
};

describe('EmailForm', () => {
  it('picks the template, sets subject, preheader and sender', async () => {
    const { user, last } = renderNodeForm('email', email);
    await user.selectOptions(screen.getByLabelText('Template'), 'cart-2');
    const subject = screen.getByLabelText('Subject');
    await user.clear(subject);
    await user.click(subject);
    await user.paste("{{ profile.first_name | default: 'Hi' }}, still thinking?");
    expect(screen.getByText(/Reads: \{first_name\}, still thinking\?/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Preheader'), 'Your cart is saved');
    await user.type(screen.getByLabelText('Address'), 'shop@acme.example');
    expect(last()).toEqual({
      id: 'e1',
      type: 'email',
      template: 'cart-2',
      subject: "{{ profile.first_name | default: 'Hi' }}, still thinking?",
      preheader: 'Your cart is saved',
      from: 'shop@acme.example',
    });
    await user.type(screen.getByLabelText('Name'), 'Acme Shop');
    expect(last()?.from).toEqual({ name: 'Acme Shop', email: 'shop@acme.example' });
    await user.clear(screen.getByLabelText('Preheader'));
    await user.clear(screen.getByLabelText('Name'));
    await user.clear(screen.getByLabelText('Address'));
    expect(last()).toEqual({
      id: 'e1',
      type: 'email',
      template: 'cart-2',
      subject: "{{ profile.first_name | default: 'Hi' }}, still thinking?",
    });
  });

  it('shows messages instead of saving an empty subject, Liquid that does not parse or a bad address', async () => {
    const { user, onChange } = renderNodeForm('email', email);
    const subject = screen.getByLabelText('Subject');
    await user.clear(subject);
    expect(screen.getByText(/^Needs a subject/)).toBeInTheDocument();
    await user.click(subject);
    await user.paste('Hi {{ profile.first_name');
    expect(screen.getByText(/^Has Liquid that does not parse/)).toBeInTheDocument();
    expect(screen.queryByText(/Reads:/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Name'), 'Acme');
    expect(screen.getByText('Needs an email address when a name is given.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Address'), 'acme.example');
    expect(screen.getByText(/^Must be an email address/)).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('shows a thumbnail of the template, with a sample recipient, in a sandboxed frame', async () => {
    renderNodeForm('email', email);
    const frame = await screen.findByTestId('template-thumbnail', {}, { timeout: 20_000 });
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame).toHaveAccessibleName('Preview of template cart-1');
    expect(frame.getAttribute('srcdoc')).toContain('<!doctype html>');
    await waitFor(() =>
      expect(screen.getByTestId('template-thumbnail').getAttribute('srcdoc')).toContain('Ana'),
    );
    expect(screen.getByTestId('template-thumbnail').getAttribute('srcdoc')).not.toContain('{{');
  });

  it('says so when the template does not exist', () => {
    renderNodeForm('email', { ...email, template: 'gone' });
    expect(screen.getByText(/There is no template "gone"/)).toBeInTheDocument();
  });
});
