import { defaultUploadThresholds } from '../tools/upload-thresholds';
import type { PanelState, Settings } from './schemas';

/**
 * The defaults, apart from the schemas that check stored values against them: the content script
 * shows its tab with these before the background has read and validated what is stored.
 */
export const defaultPanelState: PanelState = { open: false, width: 380 };

export const defaultSettings: Settings = {
  contact: { name: '', phone: '', address: '', url: '' },
  panel: { autoOpen: 'on-problem', side: 'right', width: 380 },
  fontSize: 'normal',
  upload: { ...defaultUploadThresholds },
};
