import { cardUrl } from './cards';

/** Attachment types of the permit application (card18's rows). */
export const attachmentTypes: { code: string; label: string; required: boolean }[] = [
  { code: 'YYZZ', label: '营业执照', required: true },
  { code: 'FRSFZ', label: '法人身份证', required: true },
  { code: 'HPPF', label: '环评批复', required: true },
  { code: 'PWKGFH', label: '排污口规范化照片', required: true },
  { code: 'SCGYLCT', label: '生产工艺流程图', required: true },
  { code: 'PMBZT', label: '生产厂区总平面布置图', required: true },
  { code: 'CNS', label: '守法承诺书', required: true },
  { code: 'QTFJ', label: '其他附件', required: false },
];

/** card18 相关附件 in its first variant (one upload form per type, `#file_<code>`). */
export const uploadPageUrl = cardUrl('card18');
/** card18's second variant: one type select and one file input (`#uploadFile`). */
export const uploadPageUrlB = `${cardUrl('card18')}&variant=b`;
export const uploadActionPath = '/permitExt/common/filecontrol/file-control!upload.action';
