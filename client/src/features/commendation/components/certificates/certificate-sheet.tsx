import type { CertificateLayout, DocumentSettings } from '@thidua/shared';
import type { CSSProperties } from 'react';
import type { CommendationCertificatesQuery } from '../../../../generated/graphql';
import { documentDateParts, recipientLine } from '../../utils/council-view';

export type Certificate = CommendationCertificatesQuery['commendationCertificates'][number];

/** "ỦY BAN NHÂN DÂN PHƯỜNG HẢI AN" → ["ỦY BAN NHÂN DÂN", "PHƯỜNG HẢI AN"], as the top-left block prints it. */
export function issuingLines(body: string): string[] {
  const at = body.search(/\s(PHƯỜNG|XÃ|THỊ TRẤN)\s/u);
  return at > 0 ? [body.slice(0, at).trim(), body.slice(at).trim()] : [body];
}

const BORDER: Record<CertificateLayout['border'], string> = { DOUBLE: 'double', SINGLE: 'solid', NONE: 'none' };

/** One giấy khen on an A4 landscape page (Quốc hiệu, heading, recipient, achievements, date, signer, number). */
export function CertificateSheet({
  certificate: c,
  settings,
  layout,
}: {
  certificate: Certificate;
  settings: DocumentSettings;
  layout: CertificateLayout;
}) {
  const date = documentDateParts(c.decisionDate);
  const style = {
    '--cert-margin': `${layout.marginMm}mm`,
    '--cert-color': layout.color,
    '--cert-heading': `${layout.headingSize}pt`,
    '--cert-name': `${layout.nameSize}pt`,
    '--cert-body': `${layout.bodySize}pt`,
    '--cert-border': BORDER[layout.border],
  } as CSSProperties;
  const detail = recipientLine(c.recipientDetail, c.unitName, c.recipientName);
  return (
    <article className="cert-sheet" style={style} data-testid={`certificate-${c.proposalId}`}>
      <div className={layout.border === 'NONE' ? 'cert-frame cert-frame--none' : 'cert-frame'}>
        <header className="cert-top">
          <div className="cert-issuer">
            {settings.parentBody && <p>{settings.parentBody}</p>}
            {issuingLines(settings.issuingBody).map((line, i) => (
              <p key={i} className="cert-strong">
                {line}
              </p>
            ))}
            <span className="cert-rule" aria-hidden="true" />
          </div>
          <div className="cert-nation">
            <p className="cert-strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
            <p className="cert-strong cert-motto">Độc lập - Tự do - Hạnh phúc</p>
            <span className="cert-rule cert-rule--wide" aria-hidden="true" />
          </div>
        </header>
        <p className="cert-authority">CHỦ TỊCH {settings.issuingBody}</p>
        <h2 className="cert-heading">{c.heading}</h2>
        <p className="cert-to">
          <span className="cert-to-label">Tặng:</span> <span className="cert-name">{c.recipientName}</span>
        </p>
        {detail && <p className="cert-detail">{detail}</p>}
        <p className="cert-achievements">{c.achievements}</p>
        <footer className="cert-bottom">
          <div className="cert-number">
            <p>Số: {c.decisionNumber}</p>
          </div>
          <div className="cert-sign">
            <p className="cert-date">
              {settings.placeName}, ngày {date.day} tháng {date.month} năm {date.year}
            </p>
            <p className="cert-strong">{c.signer.authority}</p>
            {c.signer.capacity && <p className="cert-strong">{c.signer.capacity}</p>}
            <p className="cert-strong">{c.signer.title}</p>
            <p className="cert-signature-space" aria-hidden="true" />
            <p className="cert-strong">{c.signer.name}</p>
          </div>
        </footer>
      </div>
    </article>
  );
}
