/** The toolbar badge for a platform tab: how many FAQ entries fit the page. */
export function badgeForEntries(count: number): { text: string; color: string } {
  const safe = Number.isFinite(count) && count > 0 ? Math.floor(count) : 0;
  return { text: safe === 0 ? '' : safe > 99 ? '99+' : String(safe), color: '#1f6fb2' };
}

/** The badge after a diagnosis: a red 「!」 while any check failed. */
export function badgeForDiagnosis(failed: number): { text: string; color: string } {
  return failed > 0 ? { text: '!', color: '#b42318' } : { text: '', color: '#1f6fb2' };
}
