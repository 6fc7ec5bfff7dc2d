// An error as the person should see it: what failed, the core's message, and
// each problem (file, JSON path, what to do) when there are some.
import type { Problem } from '../api/errors';
import { AlertIcon } from './icons';

type Props = {
  title: string;
  message: string;
  problems?: Problem[];
  onRetry?: () => void;
};

export function ErrorState({ title, message, problems = [], onRetry }: Props) {
  return (
    <div className="state state-error" role="alert">
      <div className="state-icon state-icon-error">
        <AlertIcon size={20} />
      </div>
      <h2 className="state-title">{title}</h2>
      <p className="state-message">{message}</p>
      {problems.length > 0 && (
        <ul className="problems">
          {problems.map((p) => (
            <li
              key={`${p.file}:${p.path}:${p.message}`}
              className={`problem problem-${p.severity}`}
            >
              <span className="problem-where mono">
                {p.file}
                {p.path ? ` ${p.path}` : ''}
              </span>
              <span className="problem-message">
                {p.message}
                {p.value !== undefined ? <span className="muted"> ({p.value})</span> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="btn" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
