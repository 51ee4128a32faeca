import { kindsOffering } from '../../../platform/page-kinds';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { findFileInputs } from '../../../platform/fields';
import { readDocument } from '../../../platform/dom-text';
import { FileChecker } from '../../tools/FileChecker';
import { UploadFixTool } from '../../tools/UploadFixTool';
import { loadHeicDecoder } from '../../tools/load-heic-decoder';
import { inspectFile, type InspectedFile } from '../../tools/inspect-file';
import { UploadTip } from '../UploadTip';
import { defineFieldTool, type TipContext } from '../model';

const MAX_FILES = 10;

/** The pre-check of the files last picked in one file input; nothing until files are picked. */
function FileInputTip({ input, context }: { input: HTMLInputElement; context: TipContext }) {
  const [files, setFiles] = useState<InspectedFile[] | undefined>(undefined);
  useEffect(() => {
    let run = 0;
    const inspect = () => {
      const mine = ++run;
      const picked = Array.from(input.files ?? []).slice(0, MAX_FILES);
      if (picked.length === 0) return setFiles(undefined);
      void Promise.resolve(context.thresholds())
        .then((thresholds) => Promise.all(picked.map((file) => inspectFile(file, thresholds))))
        .then((inspected) => mine === run && setFiles(inspected))
        .catch(() => undefined);
    };
    inspect();
    input.addEventListener('change', inspect);
    return () => {
      run++;
      input.removeEventListener('change', inspect);
    };
  }, [input]);
  if (!files) return null;
  return <UploadTip field={{ key: 0, input, files }} locale={context.locale} actions={{ dismissUpload: () => setFiles(undefined), creditValueChanged: () => undefined, dismissCredit: () => undefined }} />;
}

/** Uploads: what the files just picked will meet on the platform (type, size, name, HEIC named .jpg). */
export const fileCheckTool = defineFieldTool<HTMLInputElement[]>({
  id: 'file-check',
  order: 40,
  kinds: kindsOffering('file-check'),
  title: () => i18n.t('tools.upload.title'),
  intro: () => i18n.t('tools.upload.intro'),
  find: (doc, { reader = readDocument(doc) }) => {
    const inputs = findFileInputs(reader);
    return inputs.length > 0 ? inputs : undefined;
  },
  Tip: ({ found, context }) => (
    <>
      {found.map((input, index) => (
        <FileInputTip key={index} input={input} context={context} />
      ))}
    </>
  ),
  PanelSection: ({ locale, faqHref }) => (
    <>
      <FileChecker locale={locale} faqHref={faqHref} loadHeic={loadHeicDecoder} />
      <UploadFixTool locale={locale} loadHeic={loadHeicDecoder} />
    </>
  ),
});
export default fileCheckTool;

// Kinds name it in `offers.tools`.
declare module '../../../platform/kinds/kind' {
  interface PanelToolModules {
    'file-check': true;
  }
}
