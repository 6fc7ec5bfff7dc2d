// The simulated time, in the workspace's timezone and in UTC.
import { ClockIcon } from '../components/icons';
import { formatInstant } from '../format/time';

export function SimClock({ now, timeZone }: { now: string | null; timeZone: string }) {
  return (
    <div className="sim-clock" role="timer" aria-label="Simulated time" data-now={now ?? ''}>
      <ClockIcon size={14} />
      {now ? (
        <span>
          <strong>{formatInstant(now, timeZone)}</strong>
          <span className="sim-clock-zone"> {timeZone}</span>
          <span className="sim-clock-utc"> · {formatInstant(now)} UTC</span>
        </span>
      ) : (
        <span className="muted">Not started</span>
      )}
    </div>
  );
}
