import type { LocalizedText } from '../lib/localized';
import { type FileTypeId, sniffFileType } from './file-type';
import { defaultUploadThresholds, type UploadThresholds } from './upload-thresholds';
import { EMOJI, extensionOf, FULL_WIDTH_PUNCTUATION, NAME_SPACES, RISKY_NAME_CHARS } from './file-name';

export { sniffFileType, type FileTypeId } from './file-type';

/**
 * Checks a file before it is uploaded to the platform (FAQ 6: 无法上传附件或图片). Every finding is
 * advice: nothing here blocks an upload, because the platform's own limits are not published.
 */
export { defaultUploadThresholds, type UploadThresholds } from './upload-thresholds';

export type UploadFindingId =
  | 'empty'
  | 'heic-renamed'
  | 'unsupported-format'
  | 'type-mismatch'
  | 'unknown-type'
  | 'format-ok'
  | 'truncated'
  | 'image-undecodable'
  | 'image-too-big'
  | 'too-large'
  | 'name-too-long'
  | 'name-special-chars'
  | 'name-spaces'
  | 'name-fullwidth'
  | 'name-emoji'
  | 'name-no-extension'
  | 'name-double-extension';

export interface UploadFinding {
  id: UploadFindingId;
  level: 'warn' | 'info' | 'ok';
  message: LocalizedText;
}

export interface UploadFileInput {
  name: string;
  size: number;
  /** The first bytes of the file (64 or more). */
  head: Uint8Array;
  /** The last bytes of the file, when available, to spot files cut short. */
  tail?: Uint8Array;
  /** What decoding the file as an image gave, when it was tried. */
  image?: { width: number; height: number } | { error: string };
}

const TYPE_LABELS: Record<FileTypeId, LocalizedText> = {
  jpeg: { zh: 'JPG 图片', en: 'JPEG image' },
  png: { zh: 'PNG 图片', en: 'PNG image' },
  gif: { zh: 'GIF 图片', en: 'GIF image' },
  bmp: { zh: 'BMP 图片', en: 'BMP image' },
  pdf: { zh: 'PDF 文档', en: 'PDF document' },
  webp: { zh: 'WebP 图片', en: 'WebP image' },
  heic: { zh: '苹果手机的 HEIC 照片', en: 'HEIC photo (iPhone format)' },
  avif: { zh: 'AVIF 图片', en: 'AVIF image' },
  video: { zh: '视频（如苹果“实况照片”）', en: 'video (such as an iPhone Live Photo)' },
  tiff: { zh: 'TIFF 图片（扫描仪常用）', en: 'TIFF image (common from scanners)' },
  zip: { zh: 'ZIP 压缩包', en: 'ZIP archive' },
  ooxml: { zh: 'Office 文档（如 .docx、.xlsx）', en: 'Office document (.docx, .xlsx, …)' },
  doc: { zh: '旧版 Office 文档（如 .doc、.xls）', en: 'legacy Office document (.doc, .xls, …)' },
};

const EXTENSION_TYPES: Record<string, FileTypeId> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jpe: 'jpeg',
  jfif: 'jpeg',
  png: 'png',
  gif: 'gif',
  bmp: 'bmp',
  pdf: 'pdf',
  webp: 'webp',
  heic: 'heic',
  heif: 'heic',
  avif: 'avif',
  mov: 'video',
  mp4: 'video',
  tif: 'tiff',
  tiff: 'tiff',
  zip: 'zip',
  docx: 'ooxml',
  xlsx: 'ooxml',
  pptx: 'ooxml',
  doc: 'doc',
  xls: 'doc',
  ppt: 'doc',
};

const PLAIN_IMAGES = new Set<FileTypeId>(['jpeg', 'png', 'gif', 'bmp']);
const DOCUMENTS = new Set<FileTypeId | 'unknown'>(['pdf', 'ooxml', 'doc']);

/** A document cannot be made smaller in the browser (its pages would have to be re-rendered): what to do instead. */
const DOCUMENT_TOO_LARGE_FIX: LocalizedText = {
  zh:
    '浏览器里没法把 PDF 或 Word 文件变小（要重新生成文件里的每一页），助手也修复不了。请这样做：扫描件用 150–200 dpi、' +
    '文字材料用黑白或灰度重新扫描；Word 里先把图片“压缩图片”（选 150 ppi）再另存为 PDF；用 WPS 或 Word“另存为 PDF”时选“最小文件大小”；' +
    '还是太大，就按页拆成几个文件，分别上传。',
  en:
    'A PDF or Word file cannot be made smaller in the browser (every page would have to be rebuilt), so the helper cannot repair it. ' +
    'Rescan at 150–200 dpi (black and white or grey for text); in Word, use “Compress Pictures” (150 ppi) before saving as PDF; ' +
    'choose “Minimum size” when saving as PDF in WPS or Word; if it is still too big, split it by pages and upload the parts.',
};
const NOT_ACCEPTED = new Set<FileTypeId>(['heic', 'webp', 'avif', 'tiff', 'video']);
const EXECUTABLE_EXTENSIONS = new Set(['exe', 'com', 'bat', 'cmd', 'scr', 'pif', 'js', 'vbs', 'msi', 'lnk', 'ps1']);
const KNOWN_EXTENSIONS = new Set([...Object.keys(EXTENSION_TYPES), 'txt', 'rar', '7z', 'wps', 'et', 'ofd', 'csv']);

const HEIC_FIX = {
  zh: '请用手机“设置-相机-格式-兼容性最佳”重拍，或用画图另存为 JPG',
  en: 'Retake it with Settings › Camera › Formats › Most Compatible on the phone, or open it in Paint and save it as JPG',
};

const CONVERT_FIX: LocalizedText = {
  zh: '请用画图（或手机相册的“导出”）另存为 JPG 后再上传。',
  en: 'Save it as JPG (e.g. open it in Paint and “Save as”) and upload that.',
};

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function includesBytes(haystack: Uint8Array, needle: readonly number[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Bytes every complete file of the type has near its end. */
const END_MARKERS: Partial<Record<FileTypeId, readonly number[]>> = {
  jpeg: [0xff, 0xd9],
  png: [0x49, 0x45, 0x4e, 0x44], // IEND
  pdf: [0x25, 0x25, 0x45, 0x4f, 0x46], // %%EOF
};

function typeFindings(input: UploadFileInput, ext: string | undefined): UploadFinding[] {
  const head = input.head instanceof Uint8Array ? input.head : new Uint8Array();
  const actual = sniffFileType(head);
  const claimed = ext ? EXTENSION_TYPES[ext] : undefined;
  const extText = ext ? `.${ext}` : '';

  if (actual === 'heic' && claimed && claimed !== 'heic') {
    return [
      {
        id: 'heic-renamed',
        level: 'warn',
        message: {
          zh: `这是苹果手机的 HEIC 格式照片，只是文件名改成了 ${extText}，平台无法识别。${HEIC_FIX.zh}。`,
          en: `This is an iPhone HEIC photo that was only renamed to ${extText}; the platform cannot read it. ${HEIC_FIX.en}.`,
        },
      },
    ];
  }
  if (actual !== 'unknown' && NOT_ACCEPTED.has(actual)) {
    const label = TYPE_LABELS[actual];
    const fix = actual === 'heic' ? { zh: `${HEIC_FIX.zh}。`, en: `${HEIC_FIX.en}.` } : CONVERT_FIX;
    const renamed = claimed && claimed !== actual ? { zh: `（文件名却是 ${extText}）`, en: ` (though named ${extText})` } : { zh: '', en: '' };
    return [
      {
        id: 'unsupported-format',
        level: 'warn',
        message: { zh: `这是${label.zh}${renamed.zh}，平台不认这种格式。${fix.zh}`, en: `This is a ${label.en}${renamed.en}, a format the platform does not take. ${fix.en}` },
      },
    ];
  }
  if (actual === 'unknown') {
    if (claimed && (PLAIN_IMAGES.has(claimed) || claimed === 'pdf')) {
      const label = TYPE_LABELS[claimed];
      return [
        {
          id: 'unknown-type',
          level: 'warn',
          message: {
            zh: `文件名是 ${extText}，但文件内容不像${label.zh}，可能已损坏或不是这种文件。请重新导出或重新扫描后再传。`,
            en: `The name says ${extText} but the content does not look like a ${label.en}; it may be damaged or something else. Export or scan it again.`,
          },
        },
      ];
    }
    return [
      {
        id: 'unknown-type',
        level: 'info',
        message: { zh: '认不出这个文件的类型。平台一般接收 JPG、PNG 图片和 PDF 文档。', en: 'The file type is not recognised. The platform generally takes JPG and PNG images and PDF documents.' },
      },
    ];
  }
  const label = TYPE_LABELS[actual];
  if (claimed && claimed !== actual) {
    const bothImages = PLAIN_IMAGES.has(actual) && PLAIN_IMAGES.has(claimed);
    return [
      {
        id: 'type-mismatch',
        level: bothImages ? 'info' : 'warn',
        message: {
          zh: `文件内容是${label.zh}，但文件名后缀是 ${extText}，平台可能按后缀处理而出错。建议改回正确的后缀，或另存为正确的格式。`,
          en: `The content is a ${label.en} but the name ends in ${extText}; the platform may go by the name and fail. Rename it or save it in the right format.`,
        },
      },
    ];
  }
  return [{ id: 'format-ok', level: 'ok', message: { zh: `文件格式是${label.zh}。`, en: `The file is a ${label.en}.` } }];
}

function integrityFindings(input: UploadFileInput, thresholds: UploadThresholds): UploadFinding[] {
  const findings: UploadFinding[] = [];
  const head = input.head instanceof Uint8Array ? input.head : new Uint8Array();
  const actual = sniffFileType(head);
  const marker = actual === 'unknown' ? undefined : END_MARKERS[actual];
  if (actual !== 'unknown' && marker && input.tail instanceof Uint8Array && input.tail.length > 0 && !includesBytes(input.tail, marker)) {
    const label = TYPE_LABELS[actual];
    findings.push({
      id: 'truncated',
      level: 'warn',
      message: {
        zh: `这个${label.zh}不完整（结尾缺了一段），可能没下载完或拷贝时出了错。请重新导出、扫描或拍照后再传。`,
        en: `This ${label.en} is incomplete (its end is missing), probably an unfinished download or copy. Export, scan or photograph it again.`,
      },
    });
  }
  const image = input.image;
  if (image && typeof image === 'object') {
    const broken = 'error' in image || !(image.width > 0 && image.height > 0);
    if (broken) {
      findings.push({
        id: 'image-undecodable',
        level: 'warn',
        message: {
          zh: '这张图片打不开，可能已损坏，或是浏览器不认识的格式。请重新拍照或另存为 JPG 后再传。',
          en: 'This image cannot be opened: it may be damaged or in a format the browser does not know. Take it again or save it as JPG.',
        },
      });
    } else if (Math.max(image.width, image.height) > thresholds.maxPixelsSide) {
      findings.push({
        id: 'image-too-big',
        level: 'warn',
        message: {
          zh: `图片尺寸 ${image.width}×${image.height} 像素，超过了 ${thresholds.maxPixelsSide} 像素，平台可能处理不了。请缩小尺寸后再传。`,
          en: `The image is ${image.width}×${image.height} pixels, over ${thresholds.maxPixelsSide}; the platform may not cope. Resize it first.`,
        },
      });
    }
  }
  if (Number.isFinite(input.size) && input.size > thresholds.maxBytes) {
    const over = {
      zh: `文件有 ${megabytes(input.size)} MB，超过了 ${megabytes(thresholds.maxBytes)} MB，可能传不上去。`,
      en: `The file is ${megabytes(input.size)} MB, over ${megabytes(thresholds.maxBytes)} MB, and may fail to upload. `,
    };
    const fix = DOCUMENTS.has(actual) ? DOCUMENT_TOO_LARGE_FIX : { zh: '请压缩图片或把 PDF 拆小后再传。', en: 'Compress the image or split the PDF.' };
    findings.push({ id: 'too-large', level: 'warn', message: { zh: over.zh + fix.zh, en: over.en + fix.en } });
  }
  return findings;
}


function uniqueShown(matches: RegExpMatchArray | null): string {
  const shown = [...new Set(matches ?? [])].map((c) => {
    const code = c.codePointAt(0) ?? 0;
    return code < 0x20 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : c;
  });
  return shown.join(' ');
}

function nameFindings(name: string, ext: string | undefined, thresholds: UploadThresholds): UploadFinding[] {
  const findings: UploadFinding[] = [];
  const length = Array.from(name).length;
  if (length > thresholds.maxNameLength) {
    findings.push({
      id: 'name-too-long',
      level: 'warn',
      message: {
        zh: `文件名有 ${length} 个字，太长了（建议不超过 ${thresholds.maxNameLength} 个），请改短一些，如“营业执照.jpg”。`,
        en: `The file name has ${length} characters, too long (keep it under ${thresholds.maxNameLength}); shorten it, e.g. “licence.jpg”.`,
      },
    });
  }
  const risky = name.match(RISKY_NAME_CHARS);
  if (risky) {
    findings.push({
      id: 'name-special-chars',
      level: 'warn',
      message: {
        zh: `文件名里有平台可能处理不了的符号：${uniqueShown(risky)}。请改名，只用汉字、字母、数字和下划线。`,
        en: `The file name has symbols the platform may choke on: ${uniqueShown(risky)}. Rename it using only letters, digits, Chinese characters and underscores.`,
      },
    });
  }
  if (NAME_SPACES.test(name)) {
    findings.push({
      id: 'name-spaces',
      level: 'info',
      message: { zh: '文件名里有空格，个别情况下会上传失败，可以把空格去掉或换成下划线。', en: 'The file name contains spaces, which occasionally break uploads; remove them or use underscores.' },
    });
  }
  const fullWidth = name.match(FULL_WIDTH_PUNCTUATION);
  if (fullWidth) {
    findings.push({
      id: 'name-fullwidth',
      level: 'info',
      message: {
        zh: `文件名里有中文标点：${uniqueShown(fullWidth)}。如果上传失败，请把这些标点去掉再试。`,
        en: `The file name contains full-width punctuation: ${uniqueShown(fullWidth)}. If the upload fails, remove it and retry.`,
      },
    });
  }
  const emoji = name.match(EMOJI);
  if (emoji) {
    findings.push({
      id: 'name-emoji',
      level: 'warn',
      message: {
        zh: `文件名里有表情符号：${uniqueShown(emoji)}，平台很可能保存不了。请删掉后再传。`,
        en: `The file name contains emoji (${uniqueShown(emoji)}), which the platform most likely cannot store. Remove them.`,
      },
    });
  }
  if (!ext) {
    findings.push({
      id: 'name-no-extension',
      level: 'warn',
      message: {
        zh: '文件名没有后缀（如 .jpg、.pdf），平台可能认不出文件类型。请在文件名后加上正确的后缀。',
        en: 'The file name has no extension (such as .jpg or .pdf), so the platform may not recognise it. Add the right extension.',
      },
    });
  } else {
    const inner = extensionOf(name.slice(0, -(ext.length + 1)));
    if (inner && KNOWN_EXTENSIONS.has(inner)) {
      const executable = EXECUTABLE_EXTENSIONS.has(ext);
      findings.push({
        id: 'name-double-extension',
        level: 'warn',
        message: executable
          ? {
              zh: `文件名以 .${inner}.${ext} 结尾：这其实是一个程序，不是${inner.toUpperCase()}文件，不要上传也不要打开，可能是病毒。`,
              en: `The name ends in .${inner}.${ext}: this is a program, not a ${inner.toUpperCase()} file. Do not upload or open it; it may be malware.`,
            }
          : {
              zh: `文件名有两个后缀（.${inner}.${ext}），多半是电脑隐藏了后缀时又手动加了一个。请改成只有一个后缀，如“营业执照.${ext}”。`,
              en: `The name has two extensions (.${inner}.${ext}), usually added by hand while Windows hid the real one. Keep just one, e.g. “licence.${ext}”.`,
            },
      });
    }
  }
  return findings;
}

export function checkUploadFile(input: UploadFileInput, thresholds: UploadThresholds = defaultUploadThresholds): UploadFinding[] {
  const name = typeof input?.name === 'string' ? input.name.trim() : '';
  const ext = extensionOf(name);
  const names = nameFindings(name, ext, thresholds);
  const head = input?.head instanceof Uint8Array ? input.head : new Uint8Array();
  if (input?.size === 0 || (head.length === 0 && !(input?.size > 0))) {
    return [
      {
        id: 'empty',
        level: 'warn',
        message: {
          zh: '这是一个空文件（0 字节），里面什么都没有。请重新保存或重新扫描后再传。',
          en: 'This file is empty (0 bytes). Save or scan it again.',
        },
      },
      ...names,
    ];
  }
  const safeInput: UploadFileInput = { ...input, name, head };
  return [...typeFindings(safeInput, ext), ...integrityFindings(safeInput, thresholds), ...names];
}
