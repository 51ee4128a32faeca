import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageDetection } from '../platform/detect';

/** What a frame of a platform page tells the top frame, through the background. */
export interface FrameReport {
  detection: PageDetection;
  /** Error texts the frame shows (#dError, tips, alert() texts): text only. */
  messages: string[];
  /** Unique per frame document, so a frame that navigates replaces its earlier report. */
  frameKey: string;
}

export interface RelayedFrameReport extends FrameReport {
  frameId: number;
}

interface ProtocolMap {
  /** Sub-frame → background: relayed to the tab's top frame as `frame:relayed`. */
  'frame:report'(report: FrameReport): void;
  /** Sub-frame → background when its document goes away. */
  'frame:gone'(frameKey: string): void;
  'frame:relayed'(report: RelayedFrameReport): void;
  'frame:removed'(frameKey: string): void;
  /** Top frame → background: how many FAQ entries fit this tab's page (the toolbar badge). */
  'badge:entries'(count: number): void;
  /** Background → top frame: the keyboard shortcut was pressed. */
  'panel:toggle'(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
