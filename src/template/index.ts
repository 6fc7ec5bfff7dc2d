// Templates: MJML compiled once per revision, Liquid per recipient.
export type { RenderContext, RenderEvent } from './context.ts';
export {
  type EngineSubjectRenderer,
  type EngineSubjectScope,
  engineSubjectRenderer,
} from './engine-adapter.ts';
export type { LiquidResult } from './liquid.ts';
export { MjmlCompiler } from './mjml.ts';
export {
  createTemplateRenderer,
  type RenderedEmail,
  type RendererDeps,
  type TemplateRenderer,
} from './renderer.ts';
export { toHeaderText } from './subject.ts';
