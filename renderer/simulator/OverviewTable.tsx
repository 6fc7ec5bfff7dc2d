// Every journey of a run in one table: entered, emails, conversions, rate.
import type { JourneyAggregate } from './types';

type Props = {
  journeys: JourneyAggregate[];
  selected?: string;
  onSelect: (journey: string) => void;
};

export function OverviewTable({ journeys, selected, onSelect }: Props) {
  return (
    <table className="table sim-overview-table">
      <thead>
        <tr>
          <th>Journey</th>
          <th className="num">Entered</th>
          <th className="num">Emails sent</th>
          <th className="num">Conversions</th>
          <th className="num">Rate</th>
          <th className="num">Unsubscribed</th>
        </tr>
      </thead>
      <tbody>
        {journeys.map((j) => (
          <tr key={j.journey} aria-selected={j.journey === selected}>
            <td>
              <button type="button" className="link" onClick={() => onSelect(j.journey)}>
                {j.name}
              </button>
            </td>
            <td className="num">{j.entered.toLocaleString('en')}</td>
            <td className="num">
              {j.funnel.reduce((sum, f) => sum + f.sent, 0).toLocaleString('en')}
            </td>
            <td className="num">{j.conversions.toLocaleString('en')}</td>
            <td className="num">{Math.round(j.conversionRate * 1000) / 10}%</td>
            <td className="num">{j.exits.unsubscribed.toLocaleString('en')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
