/**
 * Preact can write raw HTML strings into the DOM (`dangerouslySetInnerHTML`). This extension never
 * does, so its builds take that ability out: the one `innerHTML` write in Preact's renderer becomes
 * an error. No HTML string can reach a platform page through our UI, and Mozilla's add-on linter has
 * no unsafe assignment to report. Fails the build if Preact's code no longer looks as expected.
 */
export const preactModule = /[\\/]preact[\\/]dist[\\/]preact\.mjs$/;

const rawHtmlWrite = /(\w+)\.innerHTML=(\w+)\.__html/g;

export function stripPreactRawHtml(code: string): string {
  const writes = code.match(rawHtmlWrite) ?? [];
  if (writes.length !== 1) {
    throw new Error(`Expected one raw-HTML write in Preact's renderer, found ${writes.length}: update build/strip-raw-html.ts`);
  }
  return code.replace(rawHtmlWrite, '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in this extension")})()');
}
