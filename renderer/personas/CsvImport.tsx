// Profiles from a CSV file (chosen or dropped) into this persona set, through
// personas.importCsv: all or nothing; bad rows are listed with their lines.
import { type DragEvent, useRef, useState } from 'react';
import { useApi } from '../api/context';
import { type Problem, toApiClientError } from '../api/errors';

type State =
  | { status: 'idle' }
  | { status: 'importing'; file: string }
  | { status: 'done'; file: string; imported: number; total: number }
  | { status: 'failed'; file: string; message: string; rows: Problem[] };

export function CsvImport({ name, onImported }: { name: string; onImported?: () => void }) {
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ status: 'idle' });
  const [over, setOver] = useState(false);

  const importFile = async (file: File) => {
    setState({ status: 'importing', file: file.name });
    try {
      const csv = await file.text();
      const result = await api.invoke('personas.importCsv', { name, csv, mode: 'append' });
      setState({ status: 'done', file: file.name, ...result });
      onImported?.();
    } catch (err) {
      const error = toApiClientError(err);
      setState({ status: 'failed', file: file.name, message: error.message, rows: error.problems });
    }
  };
  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) void importFile(file);
  };

  return (
    <section
      className={`card csv-import${over ? ' is-over' : ''}`}
      aria-label="Import profiles from CSV"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <div className="csv-import-head">
        <div>
          <h2 className="card-title">Import profiles from CSV</h2>
          <p className="muted">
            A header row (email, id, first_name, timezone, tags, any other field), one profile per
            row. Drop a file here or choose one. Any bad row and nothing is imported.
          </p>
        </div>
        <button type="button" className="btn" onClick={() => input.current?.click()}>
          Choose a CSV file…
        </button>
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv"
          hidden
          aria-label="CSV file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
            e.target.value = '';
          }}
        />
      </div>
      {state.status === 'importing' && <p className="muted">Importing {state.file}…</p>}
      {state.status === 'done' && (
        <p className="csv-ok" role="status">
          Imported {state.imported} {state.imported === 1 ? 'profile' : 'profiles'} from{' '}
          {state.file}; the set now has {state.total} personas.
        </p>
      )}
      {state.status === 'failed' && (
        <div className="csv-failed" role="alert">
          <p>
            <strong>{state.file}</strong>: nothing was imported.
            {state.rows.length === 0 ? ` ${state.message}` : ''}
          </p>
          {state.rows.length > 0 && (
            <table className="table compact" aria-label="Bad rows">
              <thead>
                <tr>
                  <th>Line</th>
                  <th>Value</th>
                  <th>What to fix</th>
                </tr>
              </thead>
              <tbody>
                {state.rows.map((p) => (
                  <tr key={`${p.path}:${p.message}`}>
                    <td className="mono">{p.path.replace(/^line /, '')}</td>
                    <td className="mono">{p.value ?? ''}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
