// mjml-browser ships no types; this is the part of its API the renderer uses.
declare module 'mjml-browser' {
  export type MjmlError = {
    line: number;
    message: string;
    tagName: string;
    formattedMessage: string;
  };
  export type MjmlResult = { html: string; errors: MjmlError[] };
  export type MjmlOptions = {
    validationLevel?: 'strict' | 'soft' | 'skip';
    minify?: boolean;
    keepComments?: boolean;
  };
  export default function mjml2html(
    mjml: string,
    options?: MjmlOptions,
  ): Promise<MjmlResult> | MjmlResult;
}
