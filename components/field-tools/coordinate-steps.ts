import { i18n } from '#i18n';
import type { CoordinateTargets } from '../../platform/fields';

export type StepTarget = 'inputs' | 'locate' | 'pick' | 'map' | 'confirm';

export interface ChecklistStep {
  id: string;
  text: () => string;
  target: StepTarget;
}

/** FAQ 20, 定位: type decimal degrees, 定位, 拾取, click the located point, confirm. */
export const locateSteps: ChecklistStep[] = [
  { id: 'locate-1', text: () => i18n.t('tools.coord.stepTypeDecimal'), target: 'inputs' },
  { id: 'locate-2', text: () => i18n.t('tools.coord.stepClickLocate'), target: 'locate' },
  { id: 'locate-3', text: () => i18n.t('tools.coord.stepClickPick'), target: 'pick' },
  { id: 'locate-4', text: () => i18n.t('tools.coord.stepClickMarker'), target: 'map' },
  { id: 'locate-5', text: () => i18n.t('tools.coord.stepConfirm'), target: 'confirm' },
];

/** FAQ 20, 拾取: 拾取, choose the point on the map, confirm. */
export const pickSteps: ChecklistStep[] = [
  { id: 'pick-1', text: () => i18n.t('tools.coord.stepClickPick'), target: 'pick' },
  { id: 'pick-2', text: () => i18n.t('tools.coord.stepChoosePoint'), target: 'map' },
  { id: 'pick-3', text: () => i18n.t('tools.coord.stepConfirm'), target: 'confirm' },
];

export function targetElements(targets: CoordinateTargets, target: StepTarget): HTMLElement[] {
  switch (target) {
    case 'inputs':
      return [targets.lon, targets.lat];
    case 'locate':
      return targets.locate ? [targets.locate] : [];
    case 'pick':
      return targets.pick ? [targets.pick] : [];
    case 'map':
      return targets.map ? [targets.map] : [];
    case 'confirm':
      return targets.confirm ? [targets.confirm] : [];
  }
}

export function missingText(target: StepTarget): string {
  if (target === 'map') return i18n.t('tools.coord.missingMap');
  if (target === 'inputs') return i18n.t('tools.coord.missingInputs');
  return i18n.t('tools.coord.missingButton');
}
