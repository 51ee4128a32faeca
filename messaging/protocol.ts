import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageDetection } from '../platform/detect';
import type { PageKindId } from '../platform/page-kinds';
import type { PageFacts } from '../platform/page-facts';
import type { ProbeResult } from '../diagnosis/snapshot';
import type { TargetId } from '../diagnosis/targets';
import type { PanelBoot } from '../state/panel-boot';
import type { PanelState } from '../state/panel-state';
import type { PermitSighting } from '../tools/permit-watch';
import type { PermitWatch, WatchedPermit } from '../state/permit-watch';
import type { ManagementCategory } from '../tools/report-obligations';

/** What a frame of a platform page tells the top frame, through the background. */
export interface FrameReport {
  detection: PageDetection;
  /** Error texts the frame shows (#dError, tips, alert() texts): text only. */
  messages: string[];
  /** Dates and the category the frame shows, for the panel's tools (nothing the user typed). */
  facts: PageFacts;
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
  /**
   * Frame → background: the stored panel state and settings, validated (the page's thread loads no
   * schemas). The top frame sends its first count of entries with it (the toolbar badge), so a page
   * load costs one message; later changes go as `badge:entries`.
   */
  'panel:boot'(entries?: number): PanelBoot;
  /**
   * Background → top frames of platform tabs: the settings or the policy changed, or a policy read
   * that had timed out was answered after all; ask `panel:boot` again. The background listens to
   * storage so the platform page's thread never loads the storage API.
   */
  'panel:boot-changed'(): void;
  /** Top frame → background: remember whether the panel is open and how wide. */
  'panel:save'(state: PanelState): void;
  /** Background → top frame: the keyboard shortcut was pressed. */
  'panel:toggle'(): void;
  /** Popup → top frame of the active tab: is the helper running here, and on which page? */
  'panel:status'(): { kind: PageKindId; entries: number };
  /** Popup or panel → background: the diagnosis finished; a failed check shows on the toolbar icon. */
  'diagnosis:finished'(summary: { failed: number }): void;
  /** Content script (Firefox) → background: inject the lazily loaded module into the sender's frame. */
  'lazy:inject'(): void;
  /** Panel → background: probe a platform host (content scripts cannot read other hosts' answers). */
  'diagnosis:probe'(target: TargetId): ProbeResult;
  /** Panel → background: the user asked to remember the permit the page shows (never sent without that click). */
  'permit:remember'(sighting: PermitSighting): WatchedPermit;
  /** Panel → background: the permit remembered on this computer, if any. */
  'permit:remembered'(): WatchedPermit | null;
  /** Popup → background: the stored watch, read through its schema there (the popup loads no schemas). */
  'permit:state'(): { watch: PermitWatch; unreadable: boolean };
  /** Popup → background: reminders on or off (after the popup got the permissions), the category. */
  'permit:update'(patch: { reminders?: boolean; category?: ManagementCategory | null }): void;
  /** Popup → background: 「忘记」, removes everything the watch stored. */
  'permit:forget'(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
