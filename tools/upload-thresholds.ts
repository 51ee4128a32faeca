/** When the upload pre-check warns (settings can change them). No schema here: the content script starts without zod. */
export interface UploadThresholds {
  /** Larger files get a warning. */
  maxBytes: number;
  /** Images wider or taller than this get a warning. */
  maxPixelsSide: number;
  /** Longer file names (in characters) get a warning. */
  maxNameLength: number;
}

export const defaultUploadThresholds: UploadThresholds = {
  maxBytes: 5 * 1024 * 1024,
  maxPixelsSide: 8000,
  maxNameLength: 80,
};
