/**
 * Text with the extension's own addresses made anonymous: `chrome-extension://<id>/…` and
 * `moz-extension://<uuid>/…` become `extension:///…`. An error detail the user copies for support
 * then shows where in the helper it happened, not which installation (the id identifies the copy).
 */
export function withoutExtensionId(text: string): string {
  return text.replace(/\b(?:chrome|moz|safari-web|ms-browser)-extension:\/\/[^/\s)]+/g, 'extension://');
}
