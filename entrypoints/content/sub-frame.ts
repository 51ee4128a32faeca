import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../../messaging/protocol';
import type { FrameSnapshot } from '../../platform/frame-look';

/** A sub-frame shows no panel: it reports what it sees to the top frame, through the background. */
export function startSubFrame(ctx: ContentScriptContext) {
  const frameKey = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const gone = () => void sendMessage('frame:gone', frameKey).catch(() => undefined);
  ctx.addEventListener(window, 'pagehide', gone);
  ctx.onInvalidated(gone);
  return {
    report(snapshot: FrameSnapshot) {
      void sendMessage('frame:report', { ...snapshot, frameKey }).catch(() => undefined);
    },
  };
}
