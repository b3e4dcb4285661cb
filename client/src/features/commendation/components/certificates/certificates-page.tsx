import { CERTIFICATE_RANGES, type CertificateLayout } from '@thidua/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FormError } from '../../../../components/form-error';
import { Button, EmptyState, LoadingState, NumberField, Page, SelectField } from '../../../../components/ui';
import { errorText } from '../../../../lib/error-text';
import { useCertificates } from '../../hooks/use-certificates';
import { CertificateSheet } from './certificate-sheet';
import '../../styles/certificates.css';

const SIZES = ['headingSize', 'nameSize', 'bodySize', 'marginMm'] as const;

/** `/commendation/rounds/:id/certificates`: one A4 landscape giấy khen per conferred title, a layout panel, print. */
export function CertificatesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const c = useCertificates(id);
  const [only, setOnly] = useState('');
  const list = c.certificates ?? [];
  const shown = only ? list.filter((x) => x.proposalId === only) : list;
  const set = <K extends keyof CertificateLayout>(key: K, value: CertificateLayout[K]) =>
    c.setLayout({ ...c.layout, [key]: value });
  return (
    <Page
      testId="commendation-certificates-page"
      className="cert-page"
      title={t('commendation.certificates.title')}
      lead={c.roundName}
      breadcrumb={[
        { label: t('commendation.rounds.back'), to: '/commendation' },
        { label: c.roundName || '…', to: `/commendation/rounds/${id}?tab=decision` },
        { label: t('commendation.certificates.title') },
      ]}
      actions={
        <Button
          variant="primary"
          onClick={() => window.print()}
          disabled={shown.length === 0}
          data-testid="certificates-print"
        >
          {t('commendation.certificates.print', { count: shown.length })}
        </Button>
      }
    >
      <FormError message={errorText(t, c.error)} />
      {c.fetching && !c.certificates && <LoadingState />}
      {c.certificates && (
        <section
          className="card cert-panel"
          aria-label={t('commendation.certificates.layout')}
          data-testid="certificates-panel"
        >
          <SelectField
            label={t('commendation.certificates.pick')}
            value={only}
            onChange={setOnly}
            placeholder={t('commendation.certificates.all', { count: list.length })}
            options={list.map((x) => ({ value: x.proposalId, label: `${x.recipientName} — ${x.formName}` }))}
          />
          {SIZES.map((key) => (
            <NumberField
              key={key}
              label={t(`commendation.certificates.${key}`)}
              value={c.layout[key]}
              decimal={false}
              allowNegative={false}
              hint={t('commendation.certificates.range', {
                min: CERTIFICATE_RANGES[key][0],
                max: CERTIFICATE_RANGES[key][1],
              })}
              onChange={(v) => {
                const [min, max] = CERTIFICATE_RANGES[key];
                if (v !== null && v >= min && v <= max) set(key, v);
              }}
            />
          ))}
          <SelectField
            label={t('commendation.certificates.border')}
            value={c.layout.border}
            onChange={(v) => set('border', v)}
            options={(['DOUBLE', 'SINGLE', 'NONE'] as const).map((b) => ({
              value: b,
              label: t(`commendation.certificates.borders.${b}`),
            }))}
          />
          <div className="field">
            <label htmlFor="cert-color">{t('commendation.certificates.color')}</label>
            <input id="cert-color" type="color" value={c.layout.color} onChange={(e) => set('color', e.target.value)} />
          </div>
          <div className="cert-panel__note">
            <FormError message={errorText(t, c.saving.error)} />
            {c.canSave && (
              <Button
                busy={c.saving.fetching}
                disabled={!c.changed}
                onClick={() => void c.saveLayout()}
                data-testid="certificates-save-layout"
              >
                {t('commendation.certificates.saveLayout')}
              </Button>
            )}{' '}
            <span className="field__hint">{t('commendation.certificates.printHint')}</span>
          </div>
        </section>
      )}
      {c.certificates && list.length === 0 && <EmptyState>{t('commendation.certificates.none')}</EmptyState>}
      <div className="cert-sheets">
        {shown.map((x) => (
          <CertificateSheet key={x.proposalId} certificate={x} settings={c.settings} layout={c.layout} />
        ))}
      </div>
    </Page>
  );
}
