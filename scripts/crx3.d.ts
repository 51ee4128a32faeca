declare module 'crx3' {
  /** Packs the listed files (or, given only a manifest.json, its folder) into a CRX3 signed with the key at `keyPath`. */
  export default function crx3(files: string[], options: { keyPath: string; crxPath: string; zipPath?: string; xmlPath?: string }): Promise<void>;
}
