/** The gupdate XML that Chromium browsers fetch from an extension's update URL. */
export function updateManifestXml(app: { id: string; version: string; codebase: string }): string {
  const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;');
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${attribute(app.id)}'>`,
    `    <updatecheck codebase='${attribute(app.codebase)}' version='${attribute(app.version)}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}
