// The form of any node, picked by its kind.
import type { ReactElement } from 'react';
import type { JourneyNode } from '../../src/model';
import type { EditorContext } from '../editor/types';
import { nodeForms } from './node-forms';

type Props = { node: JourneyNode; onChange: (next: JourneyNode) => void; context: EditorContext };

export function NodeFormFor({ node, onChange, context }: Props) {
  // TypeScript cannot correlate `nodeForms[node.type]` with `node` across the
  // union; the record's mapped type guarantees they match (as in registry.tsx).
  const Form = nodeForms[node.type] as (props: Props) => ReactElement;
  // Keyed by the node, so drafts never carry over from one node to another.
  return <Form key={node.id} node={node} onChange={onChange} context={context} />;
}
