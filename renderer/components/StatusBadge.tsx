// A journey's status: a coloured dot in lists, a labelled pill in headers.
import type { JourneyStatus } from '../../src/model';

const labels: Record<JourneyStatus, string> = { draft: 'Draft', live: 'Live', paused: 'Paused' };

export function StatusDot({ status }: { status: JourneyStatus }) {
  return (
    <span
      className={`status-dot status-${status}`}
      role="img"
      aria-label={labels[status]}
      title={labels[status]}
    />
  );
}

export function StatusPill({ status }: { status: JourneyStatus }) {
  return (
    <span className={`status-pill status-${status}`}>
      <span className={`status-dot status-${status}`} aria-hidden="true" />
      {labels[status]}
    </span>
  );
}
