import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PermitSighting } from '../../tools/permit-watch';
import type { WatchedPermit } from '../../state/permit-watch';

export interface PermitStore {
  remembered(): Promise<WatchedPermit | null>;
  remember(sighting: PermitSighting): Promise<WatchedPermit>;
}

/**
 * The permit's validity the page shows, and the offer to remember it on this computer. Nothing is
 * stored until the user presses the button.
 */
export function PermitOffer({ sighting, store }: { sighting: PermitSighting; store: PermitStore }) {
  const [remembered, setRemembered] = useState<WatchedPermit | null>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    let live = true;
    store.remembered().then(
      (permit) => live && setRemembered(permit),
      () => live && setRemembered(null),
    );
    return () => void (live = false);
  }, [store]);
  const same = remembered && remembered.expiry === sighting.expiry && remembered.permitNumber === sighting.permitNumber;
  return (
    <section class="ph-offer" data-testid="permit-offer" data-expiry={sighting.expiry} aria-labelledby="ph-offer-title">
      <h3 id="ph-offer-title" class="ph-subheading">
        {i18n.t('watch.offerTitle')}
      </h3>
      {same ? (
        <p class="ph-note" role="status" data-testid="permit-remembered">
          {i18n.t('watch.remembered', [sighting.expiry])}
        </p>
      ) : (
        <>
          <p class="ph-offer-text">
            {i18n.t('watch.offer', [sighting.permitNumber ? ` ${sighting.permitNumber} ` : '', sighting.expiry])}
          </p>
          <button
            type="button"
            class="ph-button ph-button-primary"
            data-testid="permit-remember"
            disabled={remembered === undefined}
            onClick={() =>
              void store.remember(sighting).then(
                (permit) => {
                  setFailure(undefined);
                  setRemembered(permit);
                },
                (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)),
              )
            }
          >
            {i18n.t('watch.offerButton')}
          </button>
          <p class="ph-offer-note">{i18n.t('watch.offerNote')}</p>
          {failure && (
            <p class="ph-message" role="alert">
              {i18n.t('watch.rememberFailed', [failure])}
            </p>
          )}
        </>
      )}
    </section>
  );
}
