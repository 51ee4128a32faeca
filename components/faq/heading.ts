export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The level for headings one below `level`; HTML has no level past 6. */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}
