// Cells of the persona tables. Each knows its JSON path, writes there, and
// shows the problems the core reported at that path (or its own, for JSON
// that does not parse).
import { useEffect, useState } from 'react';
import { useSetEditor } from './context';
import { getIn, jsonText, type Path, parseJsonObject, pathText, problemsAt } from './edit';

const identity = (v: unknown): unknown => v;

type CellProps = { path: Path; label: string; placeholder?: string; size?: number };

function Problems({ messages, id }: { messages: string[]; id: string }) {
  if (messages.length === 0) return null;
  return (
    <span className="cell-problem" id={id} role="alert">
      {messages.join(' ')}
    </span>
  );
}

function useCellProblems(path: Path, own: string[] = [], exact = false) {
  const { problems } = useSetEditor();
  const at = exact ? problems.filter((p) => p.path === pathText(path)) : problemsAt(problems, path);
  const messages = [...own, ...at.map((p) => p.message)];
  const id = `problem-${pathText(path)}`;
  return { messages, id, invalid: messages.length > 0 };
}

/** Text at `path`; `map` turns the text into the stored value (undefined removes it). */
export function TextCell({
  path,
  label,
  placeholder,
  size,
  format = (v) => (typeof v === 'string' ? v : v === undefined ? '' : String(v)),
  parse = (t) => (t === '' ? undefined : t),
}: CellProps & { format?: (v: unknown) => string; parse?: (t: string) => unknown }) {
  const { draft, update } = useSetEditor();
  const value = getIn(draft, path);
  const [text, setText] = useState(() => format(value));
  // Follow the stored value when it changes from elsewhere (undo, import),
  // not while this cell's own text already means it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new stored value matters
  useEffect(() => {
    setText((t) => (same(parse(t), value) ? t : format(value)));
  }, [value]);
  const { messages, id, invalid } = useCellProblems(path);
  return (
    <span className="cell">
      <input
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? id : undefined}
        data-path={pathText(path)}
        value={text}
        placeholder={placeholder}
        size={size}
        onChange={(e) => {
          setText(e.target.value);
          update(path, parse(e.target.value));
        }}
      />
      <Problems messages={messages} id={id} />
    </span>
  );
}

/** A number at `path` (empty text removes it). */
export function NumberCell(props: CellProps) {
  return (
    <TextCell
      {...props}
      format={(v) => (typeof v === 'number' ? String(v) : '')}
      parse={(t) => (t.trim() === '' ? undefined : Number.isNaN(Number(t)) ? t : Number(t))}
    />
  );
}

/** A JSON object at `path`, written when the cell is left. */
export function JsonCell({
  path,
  label,
  placeholder,
  read = identity,
  write = (v) => v,
}: CellProps & {
  read?: (v: unknown) => unknown;
  write?: (v: Record<string, unknown> | undefined) => unknown;
}) {
  const { draft, update } = useSetEditor();
  const stored = read(getIn(draft, path));
  const [text, setText] = useState(jsonText(stored));
  const [own, setOwn] = useState<string | null>(null);
  const storedText = jsonText(stored);
  useEffect(() => setText(storedText), [storedText]);
  // A cell over a whole object (free fields) owns only the problems of the object itself.
  const { messages, id, invalid } = useCellProblems(path, own ? [own] : [], read !== identity);
  return (
    <span className="cell">
      <input
        className="mono"
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? id : undefined}
        data-path={pathText(path)}
        value={text}
        placeholder={placeholder ?? '{ }'}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          const parsed = parseJsonObject(text);
          if (!parsed.ok) return setOwn(parsed.message);
          setOwn(null);
          update(path, write(parsed.value));
        }}
      />
      <Problems messages={messages} id={id} />
    </span>
  );
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
