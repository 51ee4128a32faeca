import { i18n } from '#i18n';
import { panelWidthRange } from '../../state/panel-width';
import { ChoiceSetting } from './ChoiceSetting';
import { NumberSetting } from './NumberSetting';
import { OptionsSection } from './OptionsSection';
import type { SettingSectionProps } from './setting-props';

/** 助手面板: when it opens by itself, on which side, how wide. */
export function PanelSection({ settings, managed, onSave }: SettingSectionProps) {
  const { panel } = settings;
  return (
    <OptionsSection name="panel" title={i18n.t('options.panel.title')}>
      <ChoiceSetting
        path="panel.autoOpen"
        legend={i18n.t('options.panel.autoOpen')}
        value={panel.autoOpen}
        managed={managed.has('panel.autoOpen')}
        options={[
          { value: 'on-problem', label: i18n.t('options.panel.autoOpenOnProblem') },
          { value: 'never', label: i18n.t('options.panel.autoOpenNever') },
        ]}
        onSave={onSave}
      />
      <ChoiceSetting
        path="panel.side"
        legend={i18n.t('options.panel.side')}
        value={panel.side}
        managed={managed.has('panel.side')}
        options={[
          { value: 'right', label: i18n.t('options.panel.sideRight') },
          { value: 'left', label: i18n.t('options.panel.sideLeft') },
        ]}
        onSave={onSave}
      />
      <NumberSetting
        path="panel.width"
        label={i18n.t('options.panel.width')}
        value={panel.width}
        managed={managed.has('panel.width')}
        unit={i18n.t('options.panel.unitPixels')}
        min={panelWidthRange.min}
        max={panelWidthRange.max}
        onSave={onSave}
      />
    </OptionsSection>
  );
}
