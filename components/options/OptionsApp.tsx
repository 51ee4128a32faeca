import { i18n } from '#i18n';
import { ContactSection } from './ContactSection';
import { FontSizeSection } from './FontSizeSection';
import { PacksSection } from './PacksSection';
import { PanelSection } from './PanelSection';
import { ResetSection } from './ResetSection';
import { SetAsideSection } from './SetAsideSection';
import { UploadSection } from './UploadSection';
import { useOptions } from './use-options';
import './options.css';

/** The options page: contact, panel, text size, upload pre-check, content packs, restore defaults. */
export function OptionsApp() {
  const model = useOptions();
  const { effective, packs, status } = model;
  const large = effective?.settings.fontSize === 'large';
  const anyManaged = (effective?.managed.size ?? 0) > 0 || (packs?.packs.some((pack) => pack.managed) ?? false);
  const managedIssues = [...(effective?.managedIssues ?? []), ...(packs?.managedIssues ?? [])];
  const save = (path: Parameters<typeof model.save>[0], value: unknown) => void model.save(path, value);

  return (
    <main class={`opt-root${large ? ' opt-root--large' : ''}`} data-testid="options" data-ready={effective && packs ? 'true' : 'false'}>
      <h1 class="opt-title">
        {i18n.t('extName')} · {i18n.t('options.title')}
      </h1>
      <p class="opt-intro">{i18n.t('options.intro')}</p>

      <SetAsideSection settings={effective?.setAside ?? []} packs={packs?.setAside ?? []} onRemove={(item) => void model.removeSetAside(item)} />
      {anyManaged && (
        <p class="opt-notice" data-testid="managed-notice">
          {i18n.t('options.managedNotice')}
        </p>
      )}
      {managedIssues.length > 0 && (
        <div class="opt-notice opt-notice--warn" data-testid="managed-issues">
          <p>{i18n.t('options.managedIssues')}</p>
          <ul>
            {managedIssues.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </div>
      )}

      <div class="opt-status" role="status" aria-live="polite" data-testid="save-status">
        {status?.kind === 'done' ? status.text : ''}
      </div>
      <div class="opt-status opt-status--error" role="alert">
        {status?.kind === 'error' ? status.text : ''}
      </div>

      {effective && packs ? (
        <>
          <ContactSection settings={effective.settings} managed={effective.managed} onSave={save} />
          <PanelSection settings={effective.settings} managed={effective.managed} onSave={save} />
          <FontSizeSection settings={effective.settings} managed={effective.managed} onSave={save} />
          <UploadSection settings={effective.settings} managed={effective.managed} onSave={save} />
          <PacksSection packs={packs} onImport={model.importPackText} onRemove={model.removePackNamed} />
          <ResetSection onRestore={model.restoreDefaults} />
        </>
      ) : (
        <p class="opt-loading">{i18n.t('options.loading')}</p>
      )}
    </main>
  );
}
