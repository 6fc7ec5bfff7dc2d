// A journey on the canvas, read-only, with the simulator's decorations laid
// over it. Clicking a node toggles a breakpoint there (when `onToggleNode` is
// given); breakpoints are drawn as a red dot on the card.
import type { MouseEvent } from 'react';
import type { CanvasDecorations } from '../canvas/decorations';
import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { ErrorState } from '../components/ErrorState';
import { Loading } from '../components/Loading';
import { useInvoke } from '../hooks/use-invoke';
import { useResolvedTheme } from '../stores/theme-store';

type Props = {
  journey: string;
  decorations: CanvasDecorations;
  breakpoints?: string[];
  onToggleNode?: (node: string) => void;
  /** A node kept in view (the selected persona's), looked at again when `focusKey` changes. */
  focusNodeId?: string | null;
  focusKey?: string;
};

const cardPrefix = 'node-card-';

export function SimCanvas({
  journey,
  decorations,
  breakpoints = [],
  onToggleNode,
  focusNodeId,
  focusKey,
}: Props) {
  const theme = useResolvedTheme();
  const result = useInvoke(
    'journeys.get',
    { id: journey },
    (c) => c.kind === 'journey' && c.id === journey,
  );
  if (result.status === 'loading') return <Loading label="Opening the journey…" />;
  if (result.status === 'error')
    return <ErrorState title="This journey did not open" message={result.error.message} />;

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if (!onToggleNode || !(e.target instanceof Element)) return;
    const card = e.target.closest(`[data-testid^="${cardPrefix}"]`);
    const id = card?.getAttribute('data-testid')?.slice(cardPrefix.length);
    if (id) onToggleNode(id);
  };
  // Node ids are [a-z0-9-], safe inside an attribute selector.
  const marks = breakpoints
    .map((id) => `.sim-canvas [data-testid="${cardPrefix}${id}"]`)
    .join(',\n');
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: the cards inside are the targets; the breakpoint list is the keyboard way
    <div className="sim-canvas" onClick={onClick} data-journey={journey}>
      {marks && <style>{`${marks} { box-shadow: 0 0 0 2px var(--danger); }`}</style>}
      <JourneyCanvas
        key={journey}
        journey={result.data.journey}
        colorMode={theme}
        decorations={decorations}
        focusNodeId={focusNodeId ?? null}
        focusKey={focusKey}
      />
    </div>
  );
}
