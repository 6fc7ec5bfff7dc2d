// A fresh node of each kind, as dropped from the palette: valid, with the
// same defaults as the core's registry (the renderer may not import its
// values), and an email's template set to one the workspace has.
import type { NodeOfType, NodeType } from '../../src/model';

export type DefaultsContext = { templates: readonly string[] };

type Defaults = { [T in NodeType]: (id: string, ctx: DefaultsContext) => NodeOfType<T> };

const nodeDefaults: Defaults = {
  trigger: (id) => ({ id, type: 'trigger', on: 'event', event: 'signed_up' }),
  wait: (id) => ({ id, type: 'wait', for: 'P1D' }),
  waitFor: (id) => ({ id, type: 'waitFor', event: 'email_opened', timeout: 'P2D' }),
  condition: (id) => ({ id, type: 'condition', if: { tag: 'vip' } }),
  split: (id) => ({
    id,
    type: 'split',
    variants: [
      { key: 'a', weight: 50 },
      { key: 'b', weight: 50 },
    ],
  }),
  email: (id, ctx) => ({
    id,
    type: 'email',
    template: ctx.templates[0] ?? 'welcome-1',
    subject: 'Hello {{ profile.first_name | default: "there" }}',
  }),
  update: (id) => ({ id, type: 'update', addTags: ['engaged'] }),
  exit: (id) => ({ id, type: 'exit' }),
};

export function newNode<T extends NodeType>(
  type: T,
  id: string,
  ctx: DefaultsContext,
): NodeOfType<T> {
  return nodeDefaults[type](id, ctx);
}

/** The id prefix of each kind: `w1`, `e2`, `c1`... */
const prefixes: Record<NodeType, string> = {
  trigger: 'start',
  wait: 'w',
  waitFor: 'wf',
  condition: 'c',
  split: 's',
  email: 'e',
  update: 'u',
  exit: 'x',
};

/** The first free id of the kind's pattern, not in `taken`. */
export function freshNodeId(type: NodeType, taken: ReadonlySet<string>): string {
  const prefix = prefixes[type];
  if (type === 'trigger' && !taken.has(prefix)) return prefix;
  for (let n = 1; ; n++) {
    const id = `${prefix}${n}`;
    if (!taken.has(id)) return id;
  }
}
