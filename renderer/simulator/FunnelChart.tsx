// A journey's funnel as SVG: those who entered, then each email in path
// order, with how many reached it and their share of those who entered;
// conversions last.
import type { JourneyAggregate } from './types';

type Row = { key: string; label: string; sub: string; value: number; tone: string };

const rowHeight = 34;
const labelWidth = 200;
const barWidth = 320;
const valueWidth = 120;

export function funnelRows(a: JourneyAggregate): Row[] {
  return [
    { key: 'entered', label: 'Entered', sub: a.journey, value: a.entered, tone: 'entered' },
    ...a.funnel.map((f) => ({
      key: f.node,
      label: f.subject,
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

export function FunnelChart({ aggregate }: { aggregate: JourneyAggregate }) {
  const rows = funnelRows(aggregate);
  const max = Math.max(1, aggregate.entered, ...rows.map((r) => r.value));
  const width = labelWidth + barWidth + valueWidth;
  const height = rows.length * rowHeight;
  const share = (n: number) =>
    aggregate.entered > 0 ? `${Math.round((n / aggregate.entered) * 1000) / 10}%` : '–';
  return (
    <svg
      className="funnel"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={`Funnel of ${aggregate.name}`}
    >
      {rows.map((r, i) => {
        const y = i * rowHeight;
        const w = Math.max(r.value > 0 ? 2 : 0, (r.value / max) * barWidth);
        return (
          <g key={r.key} data-testid={`funnel-row-${r.key}`} transform={`translate(0 ${y})`}>
            <title>{`${r.label}: ${r.value.toLocaleString('en')} (${share(r.value)})`}</title>
            <text x={0} y={14} className="funnel-label">
              {clip(r.label, 30)}
            </text>
            <text x={0} y={27} className="funnel-sub">
              {clip(r.sub, 36)}
            </text>
            <rect
              x={labelWidth}
              y={5}
              width={barWidth}
              height={rowHeight - 10}
              rx={4}
              className="funnel-track"
            />
            <rect
              x={labelWidth}
              y={5}
              width={w}
              height={rowHeight - 10}
              rx={4}
              className={`funnel-bar tone-${r.tone}`}
            />
            <text x={labelWidth + barWidth + 10} y={21} className="funnel-value">
              {r.value.toLocaleString('en')}
              <tspan className="funnel-share"> {share(r.value)}</tspan>
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
