// Why a database file could not be opened. Each kind leaves the file exactly
// as it was: Waymark never overwrites, repairs or migrates down a file it
// does not understand.
export type DatabaseOpenErrorKind = 'not-sqlite' | 'corrupt' | 'newer-schema' | 'unreadable';

export class DatabaseOpenError extends Error {
  readonly kind: DatabaseOpenErrorKind;
  readonly path: string;
  constructor(kind: DatabaseOpenErrorKind, path: string, detail: string) {
    super(describe(kind, path, detail));
    this.name = 'DatabaseOpenError';
    this.kind = kind;
    this.path = path;
  }
}

const untouched = 'Waymark left the file untouched.';
const elsewhere = 'Move it away (or choose another database file) to start with a new workspace.';

function describe(kind: DatabaseOpenErrorKind, path: string, detail: string): string {
  switch (kind) {
    case 'not-sqlite':
      return `${path} is not a Waymark database: ${detail}. ${untouched} ${elsewhere}`;
    case 'corrupt':
      return `${path} is damaged (${detail}). ${untouched} Restore it from a backup, or ${elsewhere.charAt(0).toLowerCase()}${elsewhere.slice(1)}`;
    case 'newer-schema':
      return `${path} was written by a newer version of Waymark (${detail}). ${untouched} Update Waymark to open it, or choose another database file.`;
    case 'unreadable':
      return `${path} cannot be opened (${detail}). Check that it is a file you may read and write, in a folder you may write to.`;
  }
}

/** A journey, template, segment or persona set that is not in the workspace. */
export class RecordNotFoundError extends Error {
  readonly what: string;
  readonly id: string;
  constructor(what: string, id: string, detail = '') {
    super(`There is no ${what} "${id}"${detail ? ` ${detail}` : ''}.`);
    this.name = 'RecordNotFoundError';
    this.what = what;
    this.id = id;
  }
}
