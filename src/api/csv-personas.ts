// Personas from a CSV of profiles (papaparse, header row): known columns map
// to the profile's known fields, `tags` splits on ";" or "|", every other
// column is a free field with numbers and booleans recognised. Each bad row
// is reported with its line number in the file and the reason.
import Papa from 'papaparse';
import type { Persona } from '../model/personas.ts';
import { EmailAddress, TimeZone } from '../model/primitives.ts';
import type { Problem } from '../model/problem.ts';

export type CsvPersonas = { personas: Persona[]; problems: Problem[] };

/** Header spellings of the known fields ("First name", "first-name" → first_name). */
const known = new Set(['email', 'id', 'first_name', 'timezone', 'created_at', 'tags']);

function fieldOf(header: string): string {
  const trimmed = header.trim();
  const normal = trimmed.toLowerCase().replace(/[\s-]+/g, '_');
  return known.has(normal) ? normal : trimmed;
}

/** A free field's value: numbers and booleans as such, anything else as text. */
function freeValue(cell: string): string | number | boolean {
  const text = cell.trim();
  if (/^-?(\d+|\d*\.\d+)$/.test(text)) return Number(text);
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  return text;
}

export function personasFromCsv(
  csv: string,
  file: string,
  takenIds: ReadonlySet<string> = new Set(),
): CsvPersonas {
  const rows: { cells: string[]; line: number }[] = [];
  const problems: Problem[] = [];
  const problem = (line: number, message: string, value?: string) =>
    problems.push({
      severity: 'error',
      file,
      path: `line ${line}`,
      ...(value !== undefined ? { value } : {}),
      message,
    });
  const text = csv.replace(/^\uFEFF/, '');
  // A row starts where the previous one ended: its line is one more than the
  // newlines before that point (counted as the rows go, so quoted cells that
  // span lines are counted right).
  let cursor = 0;
  let scanned = 0;
  let newlines = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (result) => {
      for (; scanned < cursor; scanned++) if (text.charCodeAt(scanned) === 10) newlines++;
      const line = 1 + newlines;
      cursor = result.meta.cursor;
      for (const e of result.errors) {
        // A one-column file has no delimiter to detect; that is no problem.
        if (e.type !== 'Delimiter') problem(line, `cannot be read as CSV: ${e.message}.`);
      }
      const cells = result.data;
      if (cells.length === 1 && (cells[0] ?? '').trim() === '') return;
      rows.push({ cells, line });
    },
  });
  const [header, ...body] = rows;
  if (!header) {
    problem(
      1,
      'the file is empty: give a header row (email, first_name, ...) and one row per profile.',
    );
    return { personas: [], problems };
  }
  const fields = header.cells.map(fieldOf);
  if (!fields.includes('email')) {
    problem(header.line, 'the header has no "email" column: every profile needs an email address.');
    return { personas: [], problems };
  }
  const ids = new Set(takenIds);
  const personas: Persona[] = [];
  for (const { cells, line } of body) {
    const profile: Record<string, unknown> = {};
    fields.forEach((field, i) => {
      const cell = (cells[i] ?? '').trim();
      if (cell === '' || field === '') return;
      if (field === 'tags')
        profile.tags = cell
          .split(/[;|]/)
          .map((t) => t.trim())
          .filter(Boolean);
      else if (known.has(field)) profile[field] = cell;
      else profile[field] = freeValue(cell);
    });
    if (cells.length > fields.length) {
      problem(line, `has ${cells.length} cells but the header names ${fields.length} columns.`);
      continue;
    }
    const email = profile.email;
    if (typeof email !== 'string') {
      problem(line, 'has no email address: every profile needs one.');
      continue;
    }
    if (!EmailAddress.safeParse(email).success) {
      problem(line, 'is not an email address, such as ana@example.com.', email);
      continue;
    }
    const tz = profile.timezone;
    if (typeof tz === 'string' && !TimeZone.safeParse(tz).success) {
      problem(line, 'is not an IANA timezone, such as Europe/Lisbon.', tz);
      continue;
    }
    const created = profile.created_at;
    if (typeof created === 'string' && Number.isNaN(Date.parse(created))) {
      problem(line, 'created_at is not a date, such as 2026-03-02T09:00:00Z.', created);
      continue;
    }
    const id = typeof profile.id === 'string' ? profile.id : email;
    if (ids.has(id)) {
      problem(line, 'has the id of another persona: give each profile its own id (or email).', id);
      continue;
    }
    ids.add(id);
    personas.push({ id, profile: { ...profile, email } });
  }
  return { personas, problems };
}
