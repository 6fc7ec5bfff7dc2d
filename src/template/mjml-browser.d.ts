// mjml-browser ships no types. This declares the part Waymark calls: version 5
// returns a Promise, and validation problems come back in `errors`.
declare module 'mjml-browser' {
  type MjmlError = {
    line: number;
    message: string;
    tagName: string;
    formattedMessage?: string;
  };
  type MjmlOptions = {
    validationLevel?: 'strict' | 'soft' | 'skip';
    keepComments?: boolean;
    minify?: boolean;
  };
  export default function mjml2html(
    source: string,
    options?: MjmlOptions,
  ): Promise<{ html: string; errors: MjmlError[] }>;
}
