// An email node's optional `from`: an address, or a name and an address.
import type { NodeOfType } from '../../../src/model';
import { checkEmailAddress, fail, ok, type Parsed } from '../checks';

export type From = NodeOfType<'email'>['from'];
export type SenderDraft = { name: string; email: string };

export function toSenderDraft(from: From): SenderDraft {
  if (from === undefined) return { name: '', email: '' };
  if (typeof from === 'string') return { name: '', email: from };
  return { name: from.name ?? '', email: from.email };
}

export function parseSender(draft: SenderDraft, original: From): Parsed<From, { email?: string }> {
  const name = draft.name.trim();
  const email = draft.email.trim();
  if (name === '' && email === '') return ok(undefined);
  if (email === '') return fail({ email: 'Needs an email address when a name is given.' });
  const address = checkEmailAddress(email);
  if (!address.ok) return fail({ email: address.error });
  if (typeof original === 'object') {
    const { name: _old, ...rest } = original;
    return ok(
      name === '' ? { ...rest, email: address.value } : { ...rest, name, email: address.value },
    );
  }
  return ok(name === '' ? address.value : { name, email: address.value });
}
