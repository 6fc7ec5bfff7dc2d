// Liquid (liquidjs) set up for email: missing variables and unknown filters
// render empty instead of failing, no file system is reachable from a
// template, dates format the same on every machine, and parsed templates are
// cached by their source so each one is parsed once per process.
import { Liquid, type Template } from 'liquidjs';

export type LiquidResult = { text: string } | { error: string };

/** How output values are written: escaped for HTML bodies, as is for plain text. */
export type OutputMode = 'html' | 'plain';

/** Bound on distinct sources kept parsed; a workspace has far fewer. */
const maxCachedSources = 2_000;

export class LiquidRenderer {
  readonly #engines: Record<OutputMode, Liquid>;
  readonly #parsed: Record<OutputMode, Map<string, Template[] | { error: string }>> = {
    html: new Map(),
    plain: new Map(),
  };

  /** `timezone` fixes the `date` filter's zone so output does not depend on the machine. */
  constructor(timezone: string) {
    const common = {
      strictVariables: false,
      strictFilters: false,
      ownPropertyOnly: true,
      // An empty in-memory map: `include` and `render` find nothing, never a file on disk.
      templates: {},
      timezoneOffset: timezone,
      locale: 'en-US',
      // Guards against a template that would spin or allocate without end.
      renderLimit: 2_000,
      memoryLimit: 1e8,
      parseLimit: 1e7,
    } as const;
    this.#engines = {
      html: new Liquid({ ...common, outputEscape: 'escape' }),
      plain: new Liquid(common),
    };
  }

  /** Parses once per (mode, source); a syntax error is kept and returned as a value. */
  parse(source: string, mode: OutputMode): Template[] | { error: string } {
    const cache = this.#parsed[mode];
    const hit = cache.get(source);
    if (hit) return hit;
    let parsed: Template[] | { error: string };
    try {
      parsed = this.#engines[mode].parse(source);
    } catch (err) {
      parsed = { error: describe(err) };
    }
    if (cache.size >= maxCachedSources) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    cache.set(source, parsed);
    return parsed;
  }

  /** Renders synchronously; never throws, a problem comes back as `{ error }`. */
  render(source: string, mode: OutputMode, scope: Record<string, unknown>): LiquidResult {
    const parsed = this.parse(source, mode);
    if (!Array.isArray(parsed)) return parsed;
    try {
      const out: unknown = this.#engines[mode].renderSync(parsed, scope);
      return { text: typeof out === 'string' ? out : String(out) };
    } catch (err) {
      return { error: describe(err) };
    }
  }
}

function describe(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return `Liquid: ${message.split('\n')[0] ?? message}`;
}
