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

const sections = [
  ['goal', GoalSection],
  ['exit', ExitSection],
  ['reentry', ReentrySection],
  ['quiet', QuietHoursSection],
  ['cap', CapSection],
  ['priority', PrioritySection],
] as const;

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
      {sections.map(([key, Section]) => (
        <section key={key} className="if-section">
          <Section {...section} />
        </section>
      ))}
    </form>
  );
}
