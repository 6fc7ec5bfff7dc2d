// An email: the template (with a thumbnail), the subject and preheader (with
// Liquid), and an optional sender in place of the workspace's.
import { useId } from 'react';
import type { NodeForm } from '../../editor/types';
import { readableLiquid } from '../../format/liquid';
import { navigate } from '../../stores/route';
import { checkLiquid, fail, ok, type Parsed } from '../checks';
import { SelectField } from '../fields/Choice';
import { Field, notesOf } from '../fields/Field';
import { optionalText, TextField } from '../fields/TextField';
import { withOptional } from '../objects';
import { useDraft } from '../use-draft';
import { FormShell } from './FormShell';
import { type From, parseSender, type SenderDraft, toSenderDraft } from './sender';
import { TemplateThumbnail } from './TemplateThumbnail';

const liquidHint = (
  <>
    Liquid works here, such as <code>{"{{ profile.first_name | default: 'there' }}"}</code>.
  </>
);

function checkSubject(text: string): Parsed<string> {
  if (text.trim() === '') return fail('Needs a subject: it is what the inbox shows first.');
  return checkLiquid(text);
}

function checkPreheader(text: string): Parsed<string | undefined> {
  if (text.trim() === '') return ok(undefined);
  return checkLiquid(text);
}

export const EmailForm: NodeForm<'email'> = ({ node, onChange, context }) => {
  const known = context.templates.some((t) => t.id === node.template);
  const options = [
    ...(known ? [] : [{ value: node.template, label: `${node.template} (missing)` }]),
    ...context.templates.map((t) => ({
      value: t.id,
      label: t.name === t.id ? t.id : `${t.name} (${t.id})`,
    })),
  ];
  return (
    <FormShell label="Email settings" context={context}>
      <SelectField
        label="Template"
        value={node.template}
        options={options}
        onChange={(template) => onChange({ ...node, template })}
        error={known ? undefined : `There is no template "${node.template}": pick one that exists.`}
      />
      {known && (
        <div className="if-template">
          <TemplateThumbnail id={node.template} />
          <button
            type="button"
            className="btn btn-ghost if-link"
            onClick={() => navigate({ kind: 'template', id: node.template })}
          >
            Open template
          </button>
        </div>
      )}
      <TextField
        label="Subject"
        value={node.subject}
        check={checkSubject}
        onCommit={(subject) => onChange({ ...node, subject })}
        hint={(text) => {
          const readable = readableLiquid(text);
          return (
            <>
              {liquidHint}
              {readable !== text.trim() && <span className="if-reads"> Reads: {readable}</span>}
            </>
          );
        }}
      />
      <TextField
        label="Preheader"
        value={node.preheader}
        format={optionalText}
        check={checkPreheader}
        onCommit={(preheader) => onChange(withOptional(node, 'preheader', preheader))}
        hint="The line inboxes show after the subject. Optional."
      />
      <SenderFields
        from={node.from}
        onCommit={(from) => onChange(withOptional(node, 'from', from))}
      />
    </FormShell>
  );
};

function SenderFields({ from, onCommit }: { from: From; onCommit: (from: From) => void }) {
  const id = useId();
  const { draft, error, edit } = useDraft<From, SenderDraft, { email?: string }>(
    from,
    toSenderDraft,
    (d) => parseSender(d, from),
    onCommit,
  );
  return (
    <fieldset className="if-group">
      <legend className="if-label">From</legend>
      <div className="if-pair">
        <Field id={`${id}-name`} label="Name">
          <input
            id={`${id}-name`}
            className="if-input"
            value={draft.name}
            placeholder="Acme"
            autoComplete="off"
            onChange={(e) => edit({ ...draft, name: e.target.value })}
          />
        </Field>
        <Field id={`${id}-email`} label="Address" error={error?.email}>
          <input
            id={`${id}-email`}
            className="if-input"
            value={draft.email}
            placeholder="hello@acme.example"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => edit({ ...draft, email: e.target.value })}
            {...notesOf(`${id}-email`, error?.email)}
          />
        </Field>
      </div>
      <p className="if-hint">Empty: the workspace's sender.</p>
    </fieldset>
  );
}
