/** libheif-js ships Emscripten's low-level types only; heic-decoder.ts declares the part it uses. */
declare module 'libheif-js/libheif-wasm/libheif.js' {
  const createLibheif: (options: object) => unknown;
  export default createLibheif;
}
