import type { PermitSighting } from '../tools/permit-watch';

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
