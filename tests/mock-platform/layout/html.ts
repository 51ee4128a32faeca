/** Escapes text for HTML element content and attribute values. */
export function esc(value: string | number): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A JSON literal safe to place inside an inline `<script>`. */
export function jsLiteral(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export interface DocumentParts {
  title: string;
  body: string;
  /** Extra markup for `<head>` (styles, early scripts). */
  head?: string;
  bodyAttrs?: string;
  /** The Java-era pages carry the XHTML transitional doctype; the newer apps use HTML5. */
  doctype?: 'xhtml' | 'html5';
}

const xhtmlDoctype =
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

/** A whole HTML document in the platform's habits (IE=edge meta, charset meta, inline everything). */
export function htmlDocument(parts: DocumentParts): string {
  const html5 = parts.doctype === 'html5';
  return [
    html5 ? '<!DOCTYPE html>' : xhtmlDoctype,
    html5 ? '<html lang="zh-CN">' : '<html xmlns="http://www.w3.org/1999/xhtml">',
    '<head>',
    html5 ? '<meta charset="UTF-8">' : '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />',
    '<meta http-equiv="X-UA-Compatible" content="IE=edge" />',
    `<title>${esc(parts.title)}</title>`,
    parts.head ?? '',
    '</head>',
    `<body${parts.bodyAttrs ? ` ${parts.bodyAttrs}` : ''}>`,
    parts.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function style(css: string): string {
  return `<style type="text/css">\n${css.trim()}\n</style>`;
}

export function script(code: string): string {
  return `<script type="text/javascript">\n${code.trim()}\n</script>`;
}

export function redirectResponse(location: string, title = '正在跳转'): {
  status: number;
  html: string;
  headers: Record<string, string>;
} {
  return {
    status: 302,
    headers: { Location: location },
    html: htmlDocument({ title, body: `<p>页面已转移，请<a href="${esc(location)}">点击这里</a>继续。</p>` }),
  };
}
