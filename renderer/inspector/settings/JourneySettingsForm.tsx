// The journey's settings form, shown when no node is selected.
import type { JourneySettings } from '../../../src/model';
import type { EditorContext } from '../../editor/types';
import { ProblemList } from '../fields/ProblemList';
import {
  CapSection,
  ExitSection,
  GoalSection,
  PrioritySection,
  QuietHoursSection,
  ReentrySection,
} from './sections';

type Props = {
  /** The journey's settings; none given means every default. */
  settings: JourneySettings | undefined;
  onChange: (next: JourneySettings) => void;
  context: EditorContext;
};

export function JourneySettingsForm({ settings, onChange, context }: Props) {
  const section = { settings: settings ?? {}, onChange, context };
  return (
    <form className="if-form" aria-label="Journey settings" onSubmit={(e) => e.preventDefault()}>
      <ProblemList problems={context.problems} />
      <GoalSection {...section} />
      <ExitSection {...section} />
      <ReentrySection {...section} />
      <QuietHoursSection {...section} />
      <CapSection {...section} />
      <PrioritySection {...section} />
    </form>
  );
}
