import { describe, expect, it } from 'vitest';
import type { JourneyNode } from '../nodes.ts';
import { validateWorkspace } from './index.ts';
import { bundle, journey } from './test-bundle.ts';

function withNode(node: JourneyNode) {
  const j = journey(
    [{ id: 'start', type: 'trigger', on: 'event', event: 'x' }, node],
    [{ from: 'start', to: node.id }],
  );
  return validateWorkspace(bundle({ journeys: [j] }));
}

describe('fields of one node', () => {
  it('refuses split weights that are not positive and repeated variant keys', () => {
    const problems = withNode({
      id: 's1',
      type: 'split',
      variants: [
        { key: 'a', weight: 0 },
        { key: 'b', weight: -5 },
        { key: 'a', weight: 10 },
      ],
    });
    expect(problems).toEqual([
      expect.objectContaining({ path: '$.nodes[1].variants[0].weight', value: '0', node: 's1' }),
      expect.objectContaining({ path: '$.nodes[1].variants[1].weight', value: '-5' }),
      expect.objectContaining({
        path: '$.nodes[1].variants[2].key',
        value: 'a',
        message: expect.stringContaining('second variant'),
      }),
    ]);
  });

  it('needs until.property to start with profile. or event.', () => {
    expect(withNode({ id: 'w', type: 'wait', until: { property: 'starts_at' } })).toEqual([
      expect.objectContaining({
        path: '$.nodes[1].until.property',
        value: 'starts_at',
        message: expect.stringContaining('"profile." or "event."'),
      }),
    ]);
    expect(withNode({ id: 'w', type: 'wait', until: { property: 'event.starts_at' } })).toEqual([]);
    expect(withNode({ id: 'w', type: 'wait', until: { property: 'profile.renews_at' } })).toEqual(
      [],
    );
  });
});
