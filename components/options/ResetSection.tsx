import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { OptionsSection } from './OptionsSection';

/** 恢复默认: restores every setting after a confirm step; packs are kept. */
export function ResetSection({ onRestore }: { onRestore(): Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) startButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <OptionsSection name="reset" title={i18n.t('options.reset.title')} intro={i18n.t('options.reset.intro')}>
      {confirming ? (
        <div class="opt-confirm" role="group" aria-labelledby="opt-reset-question">
          <p id="opt-reset-question">{i18n.t('options.reset.confirm')}</p>
          <button
            ref={confirmButton}
            type="button"
            class="opt-button opt-button--danger"
            data-testid="reset-confirm"
            onClick={() => void onRestore().then(() => setConfirming(false))}
          >
            {i18n.t('options.reset.confirmButton')}
          </button>
          <button type="button" class="opt-button opt-button--quiet" onClick={() => setConfirming(false)}>
            {i18n.t('options.reset.cancel')}
          </button>
        </div>
      ) : (
        <button ref={startButton} type="button" class="opt-button" data-testid="reset" onClick={() => setConfirming(true)}>
          {i18n.t('options.reset.button')}
        </button>
      )}
    </OptionsSection>
  );
}
