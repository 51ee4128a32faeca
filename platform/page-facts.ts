import type { PermitSighting } from '../tools/permit-watch';
import { findPlatformFields, type PlatformFields } from './fields';
import { readDocument, type DocumentReader } from './dom-text';
import { findExpiryDate } from '../tools/expiry-date';
import { normalizeCategory } from '../tools/report-obligations';
import { formatIsoDate, parseIsoDate } from '../tools/iso-date';

/** What the frames of the page showed that the tools can use without the user typing it again. */
export interface PageFacts {
  /** The permit's expiry date, 'YYYY-MM-DD'. */
  expiryDate?: string;
  /** The management category as shown (「重点管理」「简化管理」). */
  category?: string;
  /** The permit's issue date, 'YYYY-MM-DD'. */
  issueDate?: string;
  /** The permit's number and validity where the page shows them (for 「记住这张许可证的有效期」). */
  permit?: PermitSighting;
}

const CATEGORY = /管理类别\s*[:：]?\s*(重点管理|简化管理|登记管理|重点|简化|登记)/;
const ISSUE_DATE = /发证日期\s*[:：]?\s*(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})|[-/.](\d{1,2})[-/.](\d{1,2}))(?!\d)/;

/**
 * What a frame shows that the tools can use: the permit's expiry (有效期限/有效期至), the
 * management category (「管理类别：重点管理」) and the issue date (「发证日期」). Never throws.
 */
export function readPageFacts(doc: Document, reader: DocumentReader = readDocument(doc), fields?: PlatformFields): PageFacts {
  const facts: PageFacts = {};
  try {
    const expiryText = (fields ?? findPlatformFields(doc, reader)).expiryText;
    const expiryDate = expiryText === undefined ? undefined : findExpiryDate(expiryText);
    if (expiryDate) facts.expiryDate = expiryDate;
    // Bounded: the facts sit near the top of the pages that show them.
    const text = reader.text();
    const category = CATEGORY.exec(text)?.[1];
    if (category) facts.category = normalizeCategory(category) ?? (category.startsWith('登记') ? '登记管理' : category);
    const issued = ISSUE_DATE.exec(text);
    const issueDate = issued ? parseIsoDate(`${issued[1]}-${issued[2] ?? issued[4]}-${issued[3] ?? issued[5]}`) : undefined;
    if (issueDate) facts.issueDate = formatIsoDate(issueDate);
  } catch {
    // A page we cannot read gives no facts; the tools then ask the user.
  }
  return facts;
}
