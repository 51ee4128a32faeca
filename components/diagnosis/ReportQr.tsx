import { useState } from 'preact/hooks';
import { i18n } from '#i18n';

export interface ReportQrProps {
  /** The compact report the QR code carries. */
  compact: string;
  caseCode: string;
}

const quiet = 4;

/** The case code, always shown, and on request the QR code of the compact report (its library loads then). */
export function ReportQr({ compact, caseCode }: ReportQrProps) {
  const [qr, setQr] = useState<{ size: number; path: string } | 'failed' | null>(null);
  const show = async () => {
    try {
      const { qrModules, qrPath } = await import('../../diagnosis/report-qr');
      const modules = qrModules(compact);
      setQr({ size: modules.length + 2 * quiet, path: qrPath(modules, quiet) });
    } catch {
      setQr('failed');
    }
  };
  return (
    <div class="dx-handover">
      <p class="dx-case">
        {i18n.t('diagnosis.caseCode')}
        <strong data-testid="case-code" class="dx-case-code">
          {caseCode}
        </strong>
      </p>
      <p class="dx-case-hint">{i18n.t('diagnosis.caseCodeHint')}</p>
      {qr === null && (
        <button type="button" class="dx-button" data-testid="report-qr-show" onClick={() => void show()}>
          {i18n.t('diagnosis.showQr')}
        </button>
      )}
      {qr === 'failed' && <p role="status">{i18n.t('diagnosis.qrFailed')}</p>}
      {qr !== null && qr !== 'failed' && (
        <figure class="dx-qr">
          <svg
            data-testid="report-qr"
            viewBox={`0 0 ${qr.size} ${qr.size}`}
            width={Math.max(200, qr.size * 4)}
            height={Math.max(200, qr.size * 4)}
            shape-rendering="crispEdges"
            role="img"
            aria-label={i18n.t('diagnosis.qrLabel')}
          >
            <rect width={qr.size} height={qr.size} fill="#fff" />
            <path d={qr.path} fill="#000" />
          </svg>
          <figcaption>{i18n.t('diagnosis.qrHint')}</figcaption>
        </figure>
      )}
    </div>
  );
}
