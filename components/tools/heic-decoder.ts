/**
 * HEIC/HEIF decoding with libheif (libheif-js, its WebAssembly build), built as a module of its own
 * (content-scripts/heic-decoder.js, see build/heic-chunk.ts) that loads only when a HEIC photo is
 * being repaired. The wasm file is fetched from the extension, never from the network.
 */
// libheif's Emscripten factory (CommonJS; esbuild wraps it).
import createLibheif from 'libheif-js/libheif-wasm/libheif.js';

interface HeifImage {
  get_width(): number;
  get_height(): number;
  is_primary(): boolean;
  display(target: { data: Uint8ClampedArray; width: number; height: number }, done: (result: unknown) => void): void;
  free(): void;
}
interface Libheif {
  HeifDecoder: new () => { decode(bytes: Uint8Array): HeifImage[] };
}

export interface DecodedPixels {
  /** RGBA, row by row; the photo's rotation and mirroring (irot/imir) already applied by libheif. */
  data: Uint8ClampedArray<ArrayBuffer>;
  width: number;
  height: number;
}

/** A HEIC this large would need more memory than an office PC's tab can spare. */
const MAX_PIXELS = 100_000_000;

let ready: Promise<Libheif> | undefined;

function load(wasmUrl: string): Promise<Libheif> {
  ready ??= fetch(wasmUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`libheif.wasm: HTTP ${response.status}`);
      return response.arrayBuffer();
    })
    .then(
      (wasmBinary) =>
        new Promise<Libheif>((resolve, reject) => {
          // Emscripten fills in the options object itself as the module (initialisation may finish synchronously).
          const options = {
            wasmBinary,
            onRuntimeInitialized: () => resolve(options as unknown as Libheif),
            onAbort: (reason: unknown) => reject(new Error(`libheif: ${String(reason)}`)),
            print: () => undefined,
            printErr: () => undefined,
          };
          (createLibheif as (options: object) => unknown)(options);
        }),
    );
  ready.catch(() => {
    ready = undefined;
  });
  return ready;
}

/** The primary image of a HEIC/HEIF file as RGBA pixels. Throws with a reason when it cannot. */
export async function decodeHeic(bytes: Uint8Array, wasmUrl: string): Promise<DecodedPixels> {
  const libheif = await load(wasmUrl);
  const images = new libheif.HeifDecoder().decode(bytes);
  try {
    const image = images.find((candidate) => candidate.is_primary()) ?? images[0];
    if (!image) throw new Error('no image in the HEIF file');
    const width = image.get_width();
    const height = image.get_height();
    if (!(width > 0 && height > 0) || width * height > MAX_PIXELS) throw new Error(`unsupported HEIF size ${width}×${height}`);
    const data = new Uint8ClampedArray(width * height * 4);
    const result = await new Promise<unknown>((resolve) => image.display({ data, width, height }, resolve));
    if (!result) throw new Error('libheif could not decode the image');
    return { data, width, height };
  } finally {
    for (const image of images) image.free();
  }
}
