import { i18n } from '#i18n';

/** 「由管理员设置」 beside a setting the browser policy fixes. */
export function ManagedBadge({ id }: { id: string }) {
  return (
    <span class="opt-managed" id={id}>
      {i18n.t('options.managedBadge')}
    </span>
  );
}

/** The ids that describe a control: its hint, the managed badge, its error; undefined when none. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}
