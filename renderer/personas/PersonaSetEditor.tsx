// A persona set as tables to edit: when the simulation starts, how long it
// runs and its seed; the personas with their profiles, scripted events and
// reactions; the cohorts. Saved through personas.save; the core's problems
// come back with JSON paths and are shown in the cells they concern.
import { useCallback, useMemo, useState } from 'react';
import type { PersonasFile } from '../../src/model';
import { useApi } from '../api/context';
import { type Problem, toApiClientError } from '../api/errors';
import { UsersIcon } from '../components/icons';
import { TopBar } from '../components/TopBar';
import { CsvImport } from './CsvImport';
import { NumberCell, TextCell } from './cells';
import { type SetEditor, SetEditorContext } from './context';
import { type Path, setIn } from './edit';
import { CohortsTable, PersonasTable } from './PeopleTables';
import { SaveAs } from './SaveAs';
import './personas.css';

type Props = { name: string; file: PersonasFile; onClose: () => void };

export function PersonaSetEditor({ name, file, onClose }: Props) {
  const api = useApi();
  const [draft, setDraft] = useState<PersonasFile>(file);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(file);
  const dirty = draft !== saved;

  const update = useCallback((path: Path, value: unknown) => {
    setDraft((d) => setIn(d, path, value));
  }, []);
  const change = useCallback((edit: (d: PersonasFile) => PersonasFile) => setDraft(edit), []);
  const editor = useMemo<SetEditor>(
    () => ({ draft, problems, update, change }),
    [draft, problems, update, change],
  );

  const save = async () => {
    setSaving(true);
    try {
      await api.invoke('personas.save', { name, file: draft });
      setSaved(draft);
      setProblems([]);
      setMessage(null);
    } catch (err) {
      const error = toApiClientError(err);
      setProblems(error.problems);
      setMessage(
        error.problems.length > 0
          ? `Not saved: ${error.problems.length} ${error.problems.length === 1 ? 'problem' : 'problems'}, marked in the tables.`
          : `Not saved: ${error.message}`,
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <SetEditorContext.Provider value={editor}>
      <div className="view persona-editor">
        <TopBar
          icon={<UsersIcon size={16} />}
          kind="Persona sets"
          title={name}
          meta={dirty ? 'Unsaved changes' : 'Saved'}
          actions={
            <>
              <SaveAs file={draft} />
              <button type="button" className="btn" onClick={onClose}>
                {dirty ? 'Discard' : 'Done'}
              </button>
              <button
                type="button"
                className="btn btn-primary"
                disabled={!dirty || saving}
                onClick={() => void save()}
              >
                {saving ? 'Saving…' : 'Save'}
              </button>
            </>
          }
        />
        <div className="view-body page">
          <div className="page-inner wide persona-editor-inner">
            {message && (
              <div className="editor-message" role="alert">
                <p>{message}</p>
                {problems.length > 0 && (
                  <ul>
                    {problems.map((p) => (
                      <li key={`${p.path}:${p.message}`}>
                        <span className="mono">{p.path}</span> {p.message}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
            <section className="card">
              <h2 className="card-title">Simulation</h2>
              <div className="settings-row">
                <div className="setting">
                  <span>Starts (UTC instant)</span>
                  <TextCell path={['start']} label="Start" parse={(t) => t} size={22} />
                </div>
                <div className="setting">
                  <span>Runs for (duration)</span>
                  <TextCell path={['horizon']} label="Horizon" parse={(t) => t} size={8} />
                </div>
                <div className="setting">
                  <span>Seed</span>
                  <NumberCell path={['seed']} label="Seed" size={6} />
                </div>
              </div>
            </section>
            <section className="card">
              <h2 className="card-title">Personas</h2>
              <PersonasTable />
            </section>
            <section className="card">
              <h2 className="card-title">Cohorts</h2>
              <CohortsTable />
            </section>
            <CsvImport
              name={name}
              onImported={() =>
                void api.invoke('personas.get', { name }).then((r) => {
                  setDraft(r.file);
                  setSaved(r.file);
                })
              }
            />
          </div>
        </div>
      </div>
    </SetEditorContext.Provider>
  );
}
