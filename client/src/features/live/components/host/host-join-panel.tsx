import { compareVietnamese } from '@thidua/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useJoinInfo } from '../../hooks/use-join-info';
import { QrCode } from '../common/qr-code';
import { Button } from '../../../../components/ui';

/** PIN, join URL, the game's QR code and one QR code per unit (it pre-selects the unit). */
export function HostJoinPanel({ pin, joinPath }: { pin: string; joinPath: string }) {
  const { t } = useTranslation();
  const { info } = useJoinInfo(pin);
  const [showUnits, setShowUnits] = useState(false);
  const joinUrl = new URL(joinPath, window.location.origin).toString();
  const units = [...(info?.units ?? [])].sort(
    (a, b) => compareVietnamese(a.parentName ?? '', b.parentName ?? '') || compareVietnamese(a.name, b.name),
  );
  return (
    <div className="card host-join">
      <h2>{t('live.host.howToJoin')}</h2>
      <p className="host-join__url">
        <a href={joinUrl} target="_blank" rel="noreferrer" data-testid="host-join-url">
          {joinUrl.replace(/^https?:\/\//u, '')}
        </a>
      </p>
      <QrCode value={joinUrl} size={200} label={t('live.qrLabel')} testId="host-qr" className="host-join__qr" />
      {info && (
        <p className="field__hint" data-testid="host-identity-mode">
          <strong>{t(`live.settings.identity.${info.identityMode}`)}</strong>
          {' · '}
          {t(`live.settings.identityHint.${info.identityMode}`)}
        </p>
      )}
      {units.length > 0 && (
        <>
          <Button
            className="btn-block"
            aria-expanded={showUnits}
            onClick={() => setShowUnits((v) => !v)}
            data-testid="host-unit-qr-toggle"
          >
            {showUnits ? t('live.host.hideUnitQr') : t('live.host.showUnitQr', { count: units.length })}
          </Button>
          {showUnits && (
            <>
              <p className="field__hint">{t('live.host.unitQrHint')}</p>
              <Button variant="ghost" size="small" onClick={() => window.print()}>
                {t('live.host.print')}
              </Button>
              <ul className="unit-qrs">
                {units.map((unit) => {
                  const url = `${joinUrl}?unit=${unit.id}`;
                  return (
                    <li key={unit.id} className="unit-qr" data-testid={`host-unit-qr-${unit.code}`}>
                      <QrCode value={url} size={120} label={t('live.host.unitQrLabel', { unit: unit.name })} />
                      <span className="unit-qr__name">{unit.name}</span>
                      {unit.parentName && <span className="unit-qr__parent">{unit.parentName}</span>}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
