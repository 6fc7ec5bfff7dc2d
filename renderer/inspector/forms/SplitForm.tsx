// A random split: variants with keys (their ports) and relative weights,
// shown as percentages.
import { useId } from 'react';
import type { NodeForm } from '../../editor/types';
import { useDraft } from '../use-draft';
import { FormShell } from './FormShell';
import { nextKey, parseRows, shares, toRows } from './split-rows';

export const SplitForm: NodeForm<'split'> = ({ node, onChange, context }) => {
  const id = useId();
  const { draft, error, edit } = useDraft(node.variants, toRows, parseRows, (variants) =>
    onChange({ ...node, variants }),
  );
  const share = shares(draft);
  return (
    <FormShell label="Split settings" context={context}>
      <fieldset className="if-group">
        <legend className="if-label">Variants</legend>
        <table className="if-table">
          <thead>
            <tr>
              <th scope="col">Key (port)</th>
              <th scope="col">Weight</th>
              <th scope="col">Share</th>
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.map((row, i) => {
              const rowError = error?.[i];
              const update = (next: typeof row) => edit(draft.map((r, j) => (j === i ? next : r)));
              const message = [rowError?.key, rowError?.weight].filter(Boolean).join(' ');
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
                <tr key={i}>
                  <td>
                    <input
                      className="if-input mono"
                      aria-label={`Variant ${i + 1} key`}
                      value={row.key}
                      spellCheck={false}
                      autoComplete="off"
                      aria-invalid={rowError?.key !== undefined ? true : undefined}
                      aria-describedby={message ? `${id}-${i}-error` : undefined}
                      onChange={(e) => update({ ...row, key: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      className="if-input if-amount"
                      aria-label={`Variant ${i + 1} weight`}
                      value={row.weight}
                      inputMode="decimal"
                      autoComplete="off"
                      aria-invalid={rowError?.weight !== undefined ? true : undefined}
                      aria-describedby={message ? `${id}-${i}-error` : undefined}
                      onChange={(e) => update({ ...row, weight: e.target.value })}
                    />
                  </td>
                  <td className="if-share">{share[i] ?? '–'}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-ghost btn-icon if-remove"
                      aria-label={`Remove variant ${i + 1}`}
                      title={
                        draft.length === 1 ? 'A split needs at least one variant' : 'Remove variant'
                      }
                      disabled={draft.length === 1}
                      onClick={() => edit(draft.filter((_, j) => j !== i))}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {error?.map((e, i) =>
          e.key !== undefined || e.weight !== undefined ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: one message per row
            <p key={i} className="if-error" id={`${id}-${i}-error`}>
              Variant {i + 1}: {[e.key, e.weight].filter(Boolean).join(' ')}
            </p>
          ) : null,
        )}
        <button
          type="button"
          className="btn btn-ghost if-add"
          onClick={() => edit([...draft, { key: nextKey(draft), weight: '50', rest: undefined }])}
        >
          + Add variant
        </button>
        <p className="if-hint">
          Each profile's variant is fixed by a hash of the seed, journey, node and profile. The key
          names the variant's output port.
        </p>
      </fieldset>
    </FormShell>
  );
};
