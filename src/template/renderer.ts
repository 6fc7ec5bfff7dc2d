// The template renderer of one workspace: subjects synchronously (the engine
// is synchronous and renders a subject for every email it records), whole
// emails asynchronously (MJML compiles asynchronously; only previews and real
// sending need the body). Nothing here throws on a bad template: problems come
// back as values and the run that asked goes on.
import type { WorkspaceBundle } from '../model/bundle.ts';
import { baseScope, type RenderContext } from './context.ts';
import {
  compileFastSubject,
  type FastSubject,
  renderEvent,
  type SubjectEvent,
  type SubjectScope,
} from './fast-subject.ts';
import { LiquidRenderer, type LiquidResult } from './liquid.ts';
import { MjmlCompiler } from './mjml.ts';
import { renderSubjectText } from './subject.ts';

export type RenderedEmail = {
  html: string;
  /** The plain-text alternative of `html`, for multipart messages. */
  text: string;
  /** Present when a subject source was given and rendered. */
  subject?: string;
  /** Problems that made the email incomplete: a missing template, bad MJML or Liquid. */
  errors: string[];
  /** MJML's validation messages: the email still rendered. */
  warnings: string[];
};

export type TemplateRenderer = {
  renderSubject(ctx: RenderContext, subjectSource: string): LiquidResult;
  /**
   * `renderSubject` for a hot path (the engine renders a subject per email):
   * the text itself, not wrapped, and the event apart from the rest of the
   * scope, so a caller whose scope already has profile, journey and workspace
   * makes no context object. Only an error comes back as an object.
   */
  subjectText(
    subjectSource: string,
    scope: SubjectScope,
    event: SubjectEvent | null,
  ): string | { error: string };
  renderEmail(
    ctx: RenderContext,
    templateId: string,
    options?: { subject?: string },
  ): Promise<RenderedEmail>;
  /** The workspace's `unsubscribeUrl` rendered for this recipient ('' when none is set). */
  unsubscribeUrl(ctx: RenderContext): LiquidResult;
};

export type RendererDeps = {
  /** The MJML cache to use; by default one shared by every renderer of the process. */
  compiler?: MjmlCompiler;
};

/**
 * Renderers are cheap and made per workspace snapshot (a preview may make one
 * per call); the compiled MJML outlives them here, so a revision compiles once
 * per process. Keys are template id + content hash, so sharing is safe.
 */
const sharedCompiler = new MjmlCompiler();

export function createTemplateRenderer(
  bundle: WorkspaceBundle,
  deps: RendererDeps = {},
): TemplateRenderer {
  const liquid = new LiquidRenderer(bundle.settings.timezone);
  const compiler = deps.compiler ?? sharedCompiler;
  const sources = new Map(bundle.templates.map((t) => [t.id, t.mjml]));
  /** Subjects compiled to the fast path (null: outside its subset), by source. */
  const fastSubjects = new Map<string, FastSubject | null>();

  const unsubscribeUrl = (ctx: RenderContext): LiquidResult => {
    const source = ctx.workspace.unsubscribeUrl ?? bundle.settings.unsubscribeUrl;
    if (!source) return { text: '' };
    const result = liquid.render(source, 'plain', baseScope(ctx));
    return 'error' in result
      ? { error: `unsubscribeUrl: ${result.error}` }
      : { text: result.text.trim() };
  };

  /** The full scope; the unsubscribe URL is rendered only when the source uses it. */
  const scopeFor = (ctx: RenderContext, source: string, errors: string[]) => {
    const scope = baseScope(ctx);
    if (source.includes('unsubscribe_url')) {
      const url = unsubscribeUrl(ctx);
      if ('error' in url) errors.push(url.error);
      scope.unsubscribe_url = 'error' in url ? '' : url.text;
    }
    return scope;
  };

  /** The subject by the fast path, or undefined when liquidjs must render it. */
  const fastSubject = (source: string, scope: SubjectScope, event: SubjectEvent | null) => {
    let fast = fastSubjects.get(source);
    if (fast === undefined) {
      fast = compileFastSubject(source);
      fastSubjects.set(source, fast);
    }
    return fast?.(scope, event);
  };

  const liquidSubject = (ctx: RenderContext, source: string): LiquidResult => {
    const errors: string[] = [];
    const result = renderSubjectText(liquid, source, scopeFor(ctx, source, errors));
    const [first] = errors;
    return first !== undefined && !('error' in result) ? { error: first } : result;
  };

  return {
    unsubscribeUrl,

    renderSubject(ctx, subjectSource) {
      const text = fastSubject(subjectSource, ctx, ctx.event);
      return text !== undefined ? { text } : liquidSubject(ctx, subjectSource);
    },

    subjectText(subjectSource, scope, event) {
      const text = fastSubject(subjectSource, scope, event);
      if (text !== undefined) return text;
      const ctx: RenderContext = {
        profile: scope.profile,
        event: event && renderEvent(event),
        journey: scope.journey,
        workspace: scope.workspace,
      };
      const result = liquidSubject(ctx, subjectSource);
      return 'error' in result ? result : result.text;
    },

    async renderEmail(ctx, templateId, options = {}) {
      const errors: string[] = [];
      const warnings: string[] = [];
      let subject: string | undefined;
      if (options.subject !== undefined) {
        const rendered = renderSubjectText(
          liquid,
          options.subject,
          scopeFor(ctx, options.subject, errors),
        );
        if ('error' in rendered) errors.push(`subject: ${rendered.error}`);
        else subject = rendered.text;
      }
      const source = sources.get(templateId);
      if (source === undefined) {
        errors.push(`template "${templateId}" does not exist in this workspace`);
        return withSubject({ html: '', text: '', errors, warnings }, subject);
      }
      const compiled = await compiler.compile(templateId, source);
      if ('error' in compiled) {
        errors.push(compiled.error);
        return withSubject({ html: '', text: '', errors, warnings }, subject);
      }
      warnings.push(...compiled.warnings);
      const body = liquid.render(compiled.html, 'html', scopeFor(ctx, compiled.html, errors));
      if ('error' in body) {
        errors.push(body.error);
        return withSubject({ html: '', text: '', errors, warnings }, subject);
      }
      // Loaded with the first email rendered, like MJML (cheerio: a slow load).
      const { htmlToText } = await import('./plain-text.ts');
      return withSubject(
        { html: body.text, text: htmlToText(body.text), errors, warnings },
        subject,
      );
    },
  };
}

function withSubject(email: RenderedEmail, subject: string | undefined): RenderedEmail {
  return subject === undefined ? email : { ...email, subject };
}
