import type { UiLocale } from '../../../lib/localized';
import type { InspectedFile } from '../../../components/tools/inspect-file';

/** A 统一社会信用代码 field and what was in it when last looked at (after the typing pause). */
export interface CreditField {
  key: number;
  input: HTMLInputElement;
  value: string;
  dismissed: boolean;
  /** The user focused or typed in it (until then a correct prefilled code needs no tip). */
  touched: boolean;
}

/** A file input and what the pre-check found in the files last picked there. */
export interface UploadField {
  key: number;
  input: HTMLInputElement;
  files: InspectedFile[];
}

/** The coordinate picker's controls (FAQ 20): decimal inputs, 定位, 拾取, the map and 确定. */
export interface CoordinateTargets {
  lon: HTMLInputElement;
  lat: HTMLInputElement;
  locate?: HTMLElement | undefined;
  pick?: HTMLElement | undefined;
  map?: HTMLElement | undefined;
  confirm?: HTMLElement | undefined;
}

/** The cell that shows the permit's expiry on the renewal page, and the date read from it. */
export interface RenewalAnchor {
  anchor: HTMLElement;
  expiryDate: string;
}

export interface FieldToolsModel {
  locale: UiLocale;
  credit: CreditField[];
  uploads: UploadField[];
  coordinates?: CoordinateTargets | undefined;
  renewal?: RenewalAnchor | undefined;
  /** Bumped when the page's layout may have moved, so tips are placed again. */
  layout: number;
}

export interface FieldToolsActions {
  creditValueChanged(key: number, value: string): void;
  dismissCredit(key: number): void;
  dismissUpload(key: number): void;
}
