import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../components/form-error';
import { Alert, Button, CheckboxField, FormActions, LoadingState, NumberField, Section } from '../../../components/ui';
import { formatNumber } from '../../../lib/format';
import {
  PrivacySettingsDocument,
  PurgeExpiredPersonalDataDocument,
  SavePrivacySettingsDocument,
} from '../graphql/people.documents';
import { peopleErrorText } from '../utils/people-error-text';

interface PurgeCounts {
  people: number;
  entrants: number;
  players: number;
}

/** How long personal data is kept, and the purge of what is older: counted first (dry run), then erased. */
export function RetentionSection() {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const [settings] = useQuery({ query: PrivacySettingsDocument });
  const [saveState, save] = useMutation(SavePrivacySettingsDocument);
  const [purgeState, purge] = useMutation(PurgeExpiredPersonalDataDocument);
  const [months, setMonths] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  const [preview, setPreview] = useState<PurgeCounts | null>(null);
  const [purged, setPurged] = useState<PurgeCounts | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const current = settings.data?.privacySettings.retentionMonths ?? null;
  const value = months ?? current;
  const invalid = value === null || value < 1 || value > 120;

  async function submit() {
    if (invalid || value === null) return;
    setSaved(false);
    const reply = await save({ input: { retentionMonths: value } });
    if (reply.data) {
      setSaved(true);
      setMonths(null);
      setPreview(null);
    }
  }

  async function runPurge(dryRun: boolean) {
    setPurged(null);
    const reply = await purge({ dryRun });
    const counts = reply.data?.purgeExpiredPersonalData;
    if (!counts) return;
    if (dryRun) setPreview(counts);
    else {
      setPurged(counts);
      setPreview(null);
      setAcknowledged(false);
    }
  }

  const countList = (c: PurgeCounts) => (
    <dl className="privacy-purge">
      {(['people', 'entrants', 'players'] as const).map((key) => (
        <div key={key}>
          <dt>{t(`people.privacy.purge.${key}`)}</dt>
          <dd data-testid={`purge-${key}`}>{n(c[key])}</dd>
        </div>
      ))}
    </dl>
  );

  return (
    <Section title={t('people.privacy.retentionTitle')} card testId="privacy-retention">
      {!settings.data && !settings.error && <LoadingState />}
      <FormError message={peopleErrorText(t, settings.error ?? saveState.error)} />
      <p>{t('people.privacy.retentionLead')}</p>
      <div className="form-grid">
        <NumberField
          id="privacy-retention"
          data-testid="privacy-retention-months"
          label={t('people.privacy.retentionMonths')}
          hint={t('people.privacy.retentionHint')}
          decimal={false}
          allowNegative={false}
          error={months !== null && invalid ? t('people.privacy.retentionInvalid') : undefined}
          value={value}
          onChange={(v) => {
            setMonths(v);
            setSaved(false);
          }}
        />
      </div>
      <FormActions align="start">
        <Button
          variant="primary"
          data-testid="privacy-retention-save"
          disabled={months === null || invalid}
          busy={saveState.fetching}
          onClick={() => void submit()}
        >
          {t('common.save')}
        </Button>
      </FormActions>
      {saved && <Alert tone="success">{t('people.privacy.retentionSaved')}</Alert>}

      <h3 className="privacy-purge-title">{t('people.privacy.purgeTitle')}</h3>
      <p>{t('people.privacy.purgeLead', { count: current ?? 0 })}</p>
      <FormError message={peopleErrorText(t, purgeState.error)} />
      <FormActions align="start">
        <Button data-testid="privacy-purge-check" busy={purgeState.fetching} onClick={() => void runPurge(true)}>
          {t('people.privacy.purgeCheck')}
        </Button>
      </FormActions>
      {preview && (
        <div data-testid="privacy-purge-preview">
          <Alert tone="info">{t('people.privacy.purgePreview')}</Alert>
          {countList(preview)}
          {preview.people + preview.entrants + preview.players > 0 && (
            <>
              <CheckboxField
                id="privacy-purge-ack"
                data-testid="privacy-purge-ack"
                label={t('people.privacy.purgeAck')}
                value={acknowledged}
                onChange={setAcknowledged}
              />
              <FormActions align="start">
                <Button
                  variant="danger"
                  data-testid="privacy-purge-run"
                  disabled={!acknowledged}
                  busy={purgeState.fetching}
                  onClick={() => void runPurge(false)}
                >
                  {t('people.privacy.purgeRun')}
                </Button>
              </FormActions>
            </>
          )}
        </div>
      )}
      {purged && (
        <div data-testid="privacy-purge-done">
          <Alert tone="success">{t('people.privacy.purgeDone')}</Alert>
          {countList(purged)}
        </div>
      )}
    </Section>
  );
}
