// MJML → HTML, once per template revision. mjml-browser is slow (tens of
// milliseconds) next to a Liquid render, so the compiled HTML is cached by
// template id and a hash of its source: an edited template compiles again,
// an unchanged one never does. Liquid is applied to the compiled HTML per
// recipient, which is why compiling must not depend on the recipient.
import { createHash } from 'node:crypto';

export type CompiledTemplate = {
  /** The HTML with its Liquid still in place. */
  html: string;
  /** MJML's own validation messages; compiling goes on despite them. */
  warnings: string[];
};

export type CompileResult = CompiledTemplate | { error: string };

/** Revisions kept compiled; an editing session makes a few per template. */
const maxCachedRevisions = 500;

export class MjmlCompiler {
  readonly #cache = new Map<string, Promise<CompileResult>>();
  /** How many times mjml-browser actually ran: lets tests see a cache hit. */
  compilations = 0;

  compile(templateId: string, source: string): Promise<CompileResult> {
    const key = `${templateId}:${createHash('sha256').update(source).digest('hex')}`;
    const hit = this.#cache.get(key);
    if (hit) return hit;
    this.compilations += 1;
    const pending = compileMjml(source);
    if (this.#cache.size >= maxCachedRevisions) {
      const oldest = this.#cache.keys().next().value;
      if (oldest !== undefined) this.#cache.delete(oldest);
    }
    this.#cache.set(key, pending);
    return pending;
  }
}

// mjml-browser (and the cheerio it loads) takes a good part of a second to
// load: loaded on the first compile, so what never compiles a template (the
// command's `validate` and `simulate`) does not wait for it.
let mjmlModule: Promise<typeof import('mjml-browser')> | null = null;

async function compileMjml(source: string): Promise<CompileResult> {
  try {
    mjmlModule ??= import('mjml-browser');
    const { default: mjml2html } = await mjmlModule;
    const out = await mjml2html(source, { validationLevel: 'soft', keepComments: false });
    return { html: out.html, warnings: out.errors.map((e) => e.formattedMessage ?? e.message) };
  } catch (err) {
    return { error: `MJML: ${err instanceof Error ? err.message : String(err)}` };
  }
}
