import type { ComponentChildren } from 'preact';
import type { SettingPath } from '../../state/settings';
import { ManagedBadge } from './ManagedBadge';

/**
 * A labelled setting. `data-managed` marks a value fixed by policy; the badge id is
 * `${id}-managed`, for the control's aria-describedby.
 */
export function SettingField(props: { id: string; path: SettingPath; label: string; managed: boolean; children: ComponentChildren }) {
  return (
    <div class="opt-field" data-setting={props.path} data-managed={props.managed ? 'true' : undefined}>
      <label class="opt-label" for={props.id}>
        {props.label}
        {props.managed && <ManagedBadge id={`${props.id}-managed`} />}
      </label>
      {props.children}
    </div>
  );
}
