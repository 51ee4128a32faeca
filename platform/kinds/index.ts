/**
 * The registry of page kinds: one module per kind, listed here once. Everything that lists kinds
 * derives from this list (ids, labels, URL and DOM detection, the route tests, the panel).
 *
 * The order matters twice: DOM rules are tried strong ones first, each strength in this order
 * (a login form before a page that merely has a password field), and fallback URL rules in this
 * order. Specific URL rules never overlap (tests/unit/platform/url-rules.test.ts).
 *
 * To add a kind: write platform/kinds/<id>.ts (copy a neighbour), list it below, name it in the
 * FAQ entries that fit it, and serve a page of it in the mock platform.
 */
import publicError from './public-error';
import login from './login';
import enterpriseInfo from './enterprise-info';
import register from './register';
import forgotAccount from './forgot-account';
import applyCoordinates from './apply-coordinates';
import applyAttachments from './apply-attachments';
import applyProducts from './apply-products';
import applyCapacitySupplement from './apply-capacity-supplement';
import applyPollutionFacilities from './apply-pollution-facilities';
import applyBasicInfo from './apply-basic-info';
import applyGuide from './apply-guide';
import applyCard from './apply-card';
import registrationChange from './registration-change';
import registrationRenewal from './registration-renewal';
import registrationCancel from './registration-cancel';
import renewal from './renewal';
import reissue from './reissue';
import reapply from './reapply';
import rectification from './rectification';
import change from './change';
import adjust from './adjust';
import applyList from './apply-list';
import soil from './soil';
import ownDisclosure from './own-disclosure';
import ledger from './ledger';
import autoMonitoring from './auto-monitoring';
import correction from './correction';
import selfAcceptance from './self-acceptance';
import reportAnnual from './report-annual';
import reportQuarterly from './report-quarterly';
import reportMonthly from './report-monthly';
import unifiedReport from './unified-report';
import reportHome from './report-home';
import registrationHome from './registration-home';
import monitoring from './monitoring';
import dashboard from './dashboard';
import publicNotice from './public-notice';
import publicAnnouncement from './public-announcement';
import publicHome from './public-home';
import publicInfo from './public-info';
import unknown from './unknown';

export const pageKindRegistry = [
  publicError,
  login,
  enterpriseInfo,
  register,
  forgotAccount,
  applyCoordinates,
  applyAttachments,
  applyProducts,
  applyCapacitySupplement,
  applyPollutionFacilities,
  applyBasicInfo,
  applyGuide,
  applyCard,
  registrationChange,
  registrationRenewal,
  registrationCancel,
  renewal,
  reissue,
  reapply,
  rectification,
  change,
  adjust,
  applyList,
  soil,
  ownDisclosure,
  ledger,
  autoMonitoring,
  correction,
  selfAcceptance,
  reportAnnual,
  reportQuarterly,
  reportMonthly,
  unifiedReport,
  reportHome,
  registrationHome,
  monitoring,
  dashboard,
  publicNotice,
  publicAnnouncement,
  publicHome,
  publicInfo,
  unknown,
] as const;

export type PageKindId = (typeof pageKindRegistry)[number]['id'];
