import { i18n } from '#i18n';
import type { SetAsidePack } from '../../state/packs';
import type { SetAsideSetting } from '../../state/settings';

/** The options page's own name for each stored setting (or group of them), as its fields say it. */
function settingName(at: string): string {
  switch (at) {
    case '':
      return i18n.t('options.setAside.allSettings');
    case 'contact':
      return i18n.t('options.contact.title');
    case 'contact.name':
      return i18n.t('options.contact.name');
    case 'contact.phone':
      return i18n.t('options.contact.phone');
    case 'contact.address':
      return i18n.t('options.contact.address');
    case 'contact.url':
      return i18n.t('options.contact.url');
    case 'panel':
      return i18n.t('options.panel.title');
    case 'panel.autoOpen':
      return i18n.t('options.panel.autoOpen');
    case 'panel.side':
      return i18n.t('options.panel.side');
    case 'panel.width':
      return i18n.t('options.panel.width');
    case 'fontSize':
      return i18n.t('options.fontSize.legend');
    case 'upload':
      return i18n.t('options.upload.title');
    case 'upload.maxBytes':
      return i18n.t('options.upload.maxMegabytes');
    case 'upload.maxPixelsSide':
      return i18n.t('options.upload.maxPixelsSide');
    case 'upload.maxNameLength':
      return i18n.t('options.upload.maxNameLength');
    default:
      return at;
  }
}

/** A stored value shortened for reading: enough to recognise it, never the whole of a large one. */
function shortValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/**
 * 无法读取的已存内容: stored settings and packs the helper cannot use. They stay stored as they were;
 * the user sees which one, why, and can remove each. Shown only when there is one.
 */
export function SetAsideSection(props: {
  settings: readonly SetAsideSetting[];
  packs: readonly SetAsidePack[];
  onRemove(item: { setting: SetAsideSetting } | { pack: SetAsidePack }): void;
}) {
  if (props.settings.length === 0 && props.packs.length === 0) return null;
  return (
    <section class="opt-notice opt-notice--warn" role="alert" data-testid="set-aside" aria-labelledby="opt-set-aside-title">
      <h2 class="opt-section__title" id="opt-set-aside-title">
        {i18n.t('options.setAside.title')}
      </h2>
      <p>{i18n.t('options.setAside.intro')}</p>
      <ul class="opt-set-aside">
        {props.settings.map((setting) => (
          <li key={`s:${setting.at}`} data-set-aside-setting={setting.at}>
            <span>
              {i18n.t('options.setAside.setting', { name: settingName(setting.at), reason: setting.reason, value: shortValue(setting.value) })}
            </span>{' '}
            <button
              type="button"
              class="opt-button opt-button--quiet"
              aria-label={i18n.t('options.setAside.removeSettingLabel', { name: settingName(setting.at) })}
              onClick={() => props.onRemove({ setting })}
            >
              {i18n.t('options.setAside.remove')}
            </button>
          </li>
        ))}
        {props.packs.map((pack) => (
          <li key={`p:${pack.index}`} data-set-aside-pack={pack.label}>
            <span>{i18n.t('options.setAside.pack', { name: pack.label })}</span>{' '}
            <button
              type="button"
              class="opt-button opt-button--quiet"
              aria-label={i18n.t('options.setAside.removePackLabel', { name: pack.label })}
              onClick={() => props.onRemove({ pack })}
            >
              {i18n.t('options.setAside.remove')}
            </button>
            <ul>
              {pack.problems.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
