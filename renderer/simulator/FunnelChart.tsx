// A journey's funnel as SVG: those who entered, then each email in path
// order, with how many reached it and their share of those who entered;
// conversions last.
import type { KeyboardEvent } from 'react';
import { readableLiquid } from '../format/liquid';
import type { JourneyAggregate } from './types';

type Row = { key: string; label: string; sub: string; value: number; tone: string };

const rowHeight = 46;
const barWidth = 250;
const valueWidth = 100;

export function funnelRows(a: JourneyAggregate): Row[] {
  return [
    { key: 'entered', label: 'Entered', sub: a.journey, value: a.entered, tone: 'entered' },
    ...a.funnel.map((f) => ({
      key: f.node,
      label: readableLiquid(f.subject),
      sub: `${f.node} · ${f.template} · ${f.sent.toLocaleString('en')} sent`,
      value: f.reached,
      tone: 'email',
    })),
    {
      key: 'converted',
      label: 'Converted',
      sub: 'reached the goal',
      value: a.conversions,
      tone: 'goal',
    },
  ];
}

type Props = {
  aggregate: JourneyAggregate;
  /** Given, each email's row is a button that picks that email node. */
  onPickEmail?: (node: string) => void;
};

export function FunnelChart({ aggregate, onPickEmail }: Props) {
  const rows = funnelRows(aggregate);
  const max = Math.max(1, aggregate.entered, ...rows.map((r) => r.value));
  const width = barWidth + valueWidth;
  const height = rows.length * rowHeight;
  const share = (n: number) =>
    aggregate.entered > 0 ? `${Math.round((n / aggregate.entered) * 1000) / 10}%` : '–';
  return (
    <svg
      className="funnel"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      // With pickable rows it is a group of buttons (an image's children are hidden).
      role={onPickEmail ? 'group' : 'img'}
      aria-label={`Funnel of ${aggregate.name}`}
    >
      {rows.map((r, i) => {
        const y = i * rowHeight;
        const w = Math.max(r.value > 0 ? 2 : 0, (r.value / max) * barWidth);
        return (
          <g
            key={r.key}
            data-testid={`funnel-row-${r.key}`}
            transform={`translate(0 ${y})`}
            {...(onPickEmail && r.tone === 'email'
              ? {
                  role: 'button',
                  tabIndex: 0,
                  className: 'funnel-pick',
                  'aria-label': `Who received ${r.label}`,
                  onClick: () => onPickEmail(r.key),
                  onKeyDown: (e: KeyboardEvent<SVGGElement>) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      onPickEmail(r.key);
                    }
                  },
                }
              : {})}
          >
            <title>{`${r.label}: ${r.value.toLocaleString('en')} (${share(r.value)})`}</title>
            <text x={0} y={13} className="funnel-label">
              {clip(r.label, 48)}
            </text>
            <rect x={0} y={19} width={barWidth} height={14} rx={3} className="funnel-track" />
            <rect
              x={0}
              y={19}
              width={w}
              height={14}
              rx={3}
              className={`funnel-bar tone-${r.tone}`}
            />
            <text x={barWidth + 8} y={31} className="funnel-value">
              {r.value.toLocaleString('en')}
              <tspan className="funnel-share"> {share(r.value)}</tspan>
            </text>
            <text x={0} y={43} className="funnel-sub">
              {clip(r.sub, 60)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function clip(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}
