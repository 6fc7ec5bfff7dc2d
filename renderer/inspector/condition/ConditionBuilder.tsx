// The condition builder: one condition of any depth, edited in place, with
// the whole of it in words underneath.
import type { Condition } from '../../../src/model';
import type { EditorContext } from '../../editor/types';
import { describeCondition } from '../../format/condition';
import { ConditionEditor } from './ConditionEditor';

type Props = {
  value: Condition;
  onChange: (next: Condition) => void;
  context: EditorContext;
  /** Names the root: "Condition", "Exit condition 2". */
  name?: string;
  onRemove?: () => void;
};

export function ConditionBuilder({
  value,
  onChange,
  context,
  name = 'Condition',
  onRemove,
}: Props) {
  return (
    <div className="cb">
      <ConditionEditor
        value={value}
        onChange={onChange}
        onRemove={onRemove}
        context={context}
        path={name}
        root
      />
      <p className="cb-sentence">
        <span className="if-label">Reads</span> {describeCondition(value)}
      </p>
    </div>
  );
}
