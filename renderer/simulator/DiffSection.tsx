// One card of a comparison: how often each place (node, email) counted in
// revision A and in B, and the difference, or a line saying nothing differs.
import type { ReactNode } from 'react';

type Counted = { journey: string; node: string; a: number; b: number; diff: number };

const signed = (n: number) => (n > 0 ? `+${n.toLocaleString('en')}` : n.toLocaleString('en'));

export function DiffSection<Row extends Counted>({
  title,
  empty,
  headers,
  rows,
  extraCells,
  children,
}: {
  title: ReactNode;
  /** Shown instead of the table when no row differs. */
  empty: string;
  /** Headers before A, B and Difference: the place, then any extra columns. */
  headers: string[];
  rows: Row[];
  /** The cells between the place and A. */
  extraCells?: (row: Row) => ReactNode;
  /** Said under the table. */
  children?: ReactNode;
}) {
  return (
    <section className="card">
      <h2 className="card-title">{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              {headers.map((h) => (
                <th key={h}>{h}</th>
              ))}
              <th className="num">A</th>
              <th className="num">B</th>
              <th className="num">Difference</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.journey}/${row.node}`}>
                <td className="mono">
                  {row.journey} / {row.node}
                </td>
                {extraCells?.(row)}
                <td className="num">{row.a.toLocaleString('en')}</td>
                <td className="num">{row.b.toLocaleString('en')}</td>
                <td className={`num diff ${row.diff > 0 ? 'up' : 'down'}`}>{signed(row.diff)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {children}
    </section>
  );
}
