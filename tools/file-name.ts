/** What in a file name the platform's upload may trip over (tools/file-check.ts), and a name without it. */

/** Characters the platform may refuse or mangle in a file name. */
export const RISKY_NAME_CHARS = /[#%&+;\\/:*?"<>|\u0000-\u001f\u007f]/gu;
export const NAME_SPACES = /[\s\u00a0\u3000]/u;
export const FULL_WIDTH_PUNCTUATION = /[（）【】［］｛｝，。；：！？、“”‘’《》〈〉「」『』—…·～￥＃％＆＋＝＠]/gu;
export const EMOJI = /\p{Extended_Pictographic}/gu;

export function extensionOf(name: string): string | undefined {
  const m = /\.([A-Za-z0-9]{1,5})$/.exec(name);
  return m && m.index > 0 ? (m[1] ?? '').toLowerCase() : undefined;
}

const UNSAFE_RUN = new RegExp(
  `(?:${[RISKY_NAME_CHARS.source, NAME_SPACES.source, FULL_WIDTH_PUNCTUATION.source, EMOJI.source, '[\\u200d\\ufe0f]'].join('|')})+`,
  'gu',
);

/**
 * A name the platform takes: the same words with every risky symbol, space, full-width mark and
 * emoji replaced by one underscore, cut to `maxLength` characters, ending in `extension` (without
 * the dot; the name's own extension when not given). Never empty.
 */
export function safeUploadName(name: string, maxLength: number, extension?: string): string {
  const own = extensionOf(name);
  const ext = (extension ?? own ?? '').toLowerCase();
  const stem = own ? name.slice(0, -(own.length + 1)) : name;
  // An inner extension (photo.heic.jpg) goes too: the repaired file is what the last one says.
  const cleaned = stem
    .replace(/\.(heic|heif|jpe?g|png|webp|avif|gif|bmp|tiff?)$/i, '')
    .replace(UNSAFE_RUN, '_')
    .replace(/\.+/g, '.')
    .replace(/^[_.]+|[_.]+$/g, '');
  const suffix = ext ? `.${ext}` : '';
  const room = Math.max(1, maxLength - suffix.length);
  const shortened = Array.from(cleaned || '图片').slice(0, room).join('').replace(/[_.]+$/, '');
  return `${shortened || '图片'}${suffix}`;
}
