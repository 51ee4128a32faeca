import { correction, generate } from 'lean-qr';

/**
 * The QR code of a compact report (diagnosis/compact-report.ts), as rows of dark (true) and
 * light modules. Loaded only when someone asks for the code: lean-qr never reaches the eager
 * content script.
 */
export function qrModules(text: string): boolean[][] {
  const code = generate(text, { minCorrectionLevel: correction.M });
  return Array.from({ length: code.size }, (_, y) => Array.from({ length: code.size }, (_, x) => code.get(x, y)));
}

/** An SVG path drawing the dark modules, one unit each, offset by the quiet zone. */
export function qrPath(modules: readonly (readonly boolean[])[], quiet = 4): string {
  const parts: string[] = [];
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x + quiet} ${y + quiet}h1v1h-1z`);
    }),
  );
  return parts.join('');
}
