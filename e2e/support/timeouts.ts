// How long to wait for an email's first render. The server loads MJML with
// the first email it compiles (src/template/mjml.ts), not at start, so the
// first preview of a run takes a second or two more on this 2-core machine,
// and longer when it is busy; vitest's one-second default for `expect.poll`
// then fails a working page.
export const firstRender = { timeout: 15_000 };
