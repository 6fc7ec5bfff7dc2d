// A journey's settings in words, for the inspector's overview.
import type { CapPolicy, Journey, Reentry } from '../../src/model';
import { describeCondition } from './condition';
import { formatDuration } from './duration';
import { formatFilter, humanizeName } from './words';

export type SettingLine = { label: string; value: string };

function reentryText(r: Reentry | undefined): string {
  if (r === undefined || r === 'never') return 'Never: once per profile';
  if (r === 'always') return 'Always';
  return `Again ${formatDuration(r.after)} after leaving`;
}

const capText: Record<CapPolicy, string> = {
  skip: 'Skip emails the cap blocks',
  delay: 'Delay emails until the cap allows',
  ignore: 'Ignore the cap (time-critical)',
};

export function describeSettings(journey: Journey): SettingLine[] {
  const s = journey.settings ?? {};
  const goal = s.goal
    ? [
        humanizeName(s.goal.event),
        formatFilter(s.goal.where) && `(${formatFilter(s.goal.where)})`,
        s.goal.within && `within ${formatDuration(s.goal.within)}`,
        s.goal.exit === false && '· stays in journey',
      ]
        .filter(Boolean)
        .join(' ')
    : 'None';
  const exits = (s.exitWhen ?? []).map((c) => describeCondition(c));
  return [
    { label: 'Goal', value: goal },
    { label: 'Exit when', value: exits.length > 0 ? exits.join('; or ') : 'Never early' },
    { label: 'Re-entry', value: reentryText(s.reentry) },
    {
      label: 'Quiet hours',
      value: s.quietHours ? `${s.quietHours.from} – ${s.quietHours.to}` : 'None',
    },
    { label: 'Frequency cap', value: capText[s.frequencyCap ?? 'skip'] },
    { label: 'Priority', value: String(s.priority ?? 0) },
  ];
}
