// The validator's problems of what a form edits, above its fields.
import type { Problem } from '../../../src/model';

export function ProblemList({ problems }: { problems: Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="if-problems" aria-label="Problems">
      {problems.map((p) => (
        <li key={`${p.path}:${p.message}`} className={`if-problem is-${p.severity}`}>
          <span className="if-problem-kind">{p.severity === 'error' ? 'Error' : 'Warning'}</span>
          <span>
            <code>{p.path.replace(/^\$\.nodes\[\d+\]\.?/, '') || p.path}</code> {p.message}
          </span>
        </li>
      ))}
    </ul>
  );
}
