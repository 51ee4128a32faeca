/**
 * A card of the application form as the platform opens it: its action under `/permitExt/` with the
 * query every card carries. For fixtures only; cards are recognised by their action, not by `cardid`.
 */
export function cardUrl(action: string, card: string, options: { host?: string; scheme?: 'http' | 'https'; operate?: 'edit' | 'readonly' } = {}): string {
  const { host = 'permit.mee.gov.cn', scheme = 'https', operate = 'edit' } = options;
  return `${scheme}://${host}/permitExt/${action}?dataid=8a8a8a0190c1d2e3f4a5b6c7d8e9f001&operate=${operate}&cardid=${card}&itemtypeid=XZXKTYPE_A`;
}
