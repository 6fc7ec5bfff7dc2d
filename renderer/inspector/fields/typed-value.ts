// A JSON value as a person edits it: a type and the text of the value.
import { checkJson, checkNumber, type JsonValue, ok, type Parsed } from '../checks';

export type ValueType = 'text' | 'number' | 'boolean' | 'json';
export type ValueDraft = { type: ValueType; text: string };

export const valueTypes: { value: ValueType; label: string }[] = [
  { value: 'text', label: 'Text' },
  { value: 'number', label: 'Number' },
  { value: 'boolean', label: 'True / false' },
  { value: 'json', label: 'JSON' },
];

export function toValueDraft(value: JsonValue | undefined): ValueDraft {
  if (value === undefined) return { type: 'text', text: '' };
  if (typeof value === 'string') return { type: 'text', text: value };
  if (typeof value === 'number') return { type: 'number', text: String(value) };
  if (typeof value === 'boolean') return { type: 'boolean', text: String(value) };
  return { type: 'json', text: JSON.stringify(value) };
}

export function parseValue(draft: ValueDraft): Parsed<JsonValue> {
  switch (draft.type) {
    case 'text':
      return ok(draft.text);
    case 'number':
      return checkNumber(draft.text);
    case 'boolean':
      return ok(draft.text === 'true');
    case 'json':
      return checkJson(draft.text);
  }
}

export function switchValueType(draft: ValueDraft, type: ValueType): ValueDraft {
  if (type === 'boolean') return { type, text: draft.text === 'false' ? 'false' : 'true' };
  if (type === 'json' && draft.type === 'text') return { type, text: JSON.stringify(draft.text) };
  return { type, text: draft.text };
}
