import { isExactCreditCode } from '../tools/credit-code';
import { editableCreditInputs, type PlatformFields } from './fields';
import { isHiddenByMarkup } from './dom-text';
import type { PageKindId } from './page-kinds';

/**
 * Whether the field tools have something to show in this frame before the user touches a field: the
 * renewal page's expiry date, a map picker, or a prefilled 统一社会信用代码 that fails its check.
 * Everything else (a correct code, coordinates, 度分秒) waits for the user to focus a field: the
 * tools' module (the largest part of the content script) is not loaded on a page only looked at.
 */
export function fieldsWorthATool(fields: PlatformFields, kind: PageKindId): boolean {
  if (kind === 'renewal' && fields.expiryText !== undefined) return true;
  if (fields.coordinateDecimalInputs.length > 0 && (fields.pickButton || fields.locateButton)) return true;
  return editableCreditInputs(fields).some((input) => !isHiddenByMarkup(input) && input.value.trim() !== '' && !isExactCreditCode(input.value.trim()));
}
