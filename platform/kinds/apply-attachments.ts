import { ATTACHMENTS, hasLicenceUpload, heading } from '../dom-facts';
import { defineKind } from './kind';
import { permitPath } from './url-rules';

/** Card 18 of the application form: 相关附件, where files are uploaded (FAQ 6). */
const kind = defineKind({
  id: 'apply-attachments',
  label: { zh: '申请表：相关附件', en: 'Application: attachments' },
  specificity: 3,
  precedence: 70,
  side: 'enterprise',
  group: 'application-card',
  offers: { tools: ['file-check'], checks: ['browser', 'ie-advice', 'flash', 'popups'] },
  urls: [
    {
      // The upload page; the form posts (!upload, !save…) answer in a hidden frame and are not it.
      test: permitPath(/^\/permitext\/common\/filecontrol\/file-?control(?:!(?!upload|download|save|del|remove)\w+)?\.action$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitExt/common/filecontrol/file-control!sbclopen.action?wysbtype=PWXKZFILE',
        'https://permit.mee.gov.cn/permitExt/common/filecontrol/file-control!sbclopen.action?dataid=8a8a8a01&operate=edit&cardid=card18&itemtypeid=XZXKTYPE_A&wysbtype=PWXKZFILE',
        'http://permit.mep.gov.cn/permitExt/common/filecontrol/file-control!sbclopen.action?wysbtype=PWXKZFILE&dataid=8a8a8a01',
      ],
    },
  ],
  dom: [
    {
      strength: 'strong',
      test: (f) =>
        hasLicenceUpload(f) ||
        (f.fileInputs().length >= 2 && (heading(f, ATTACHMENTS) || ATTACHMENTS.test(f.text().slice(0, 2_000)))) ||
        // The card lists what to upload and opens the upload page from a button.
        (heading(f, /^(?:相关)?附件(?:信息|材料)?$/) && f.buttons(ATTACHMENTS).length > 0),
      fixtures: [
        '<table><tr><td>营业执照副本</td><td><input type="file"></td></tr></table>',
        '<h3>附件上传</h3><input type="file"><input type="file">',
      ],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'apply-attachments': typeof kind;
  }
}
