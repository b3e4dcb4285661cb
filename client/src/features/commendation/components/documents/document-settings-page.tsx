import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { documentSettingsProblems, type DocumentSettings } from '@thidua/shared';
import {
  Alert,
  Button,
  ErrorState,
  FormActions,
  LoadingState,
  NumberField,
  Page,
  Section,
  SelectField,
  TextField,
} from '../../../../components/ui';
import { errorText } from '../../../../lib/error-text';
import { useDocumentSettings } from '../../hooks/use-documents';

type TextKey = Exclude<keyof DocumentSettings, 'certificate'>;
type SizeKey = 'headingSize' | 'nameSize' | 'bodySize' | 'marginMm';

const ISSUER: readonly TextKey[] = [
  'parentBody',
  'issuingBody',
  'issuingSymbol',
  'placeName',
  'councilName',
  'organiserName',
];
const SIGNER: readonly TextKey[] = ['signerAuthority', 'signerCapacity', 'signerTitle', 'signerName'];
const SIZES: readonly SizeKey[] = ['headingSize', 'nameSize', 'bodySize', 'marginMm'];

/** The fields alone (the cache adds __typename, which the input refuses). */
function draftOf(
  s: Record<TextKey, string> & { certificate: Omit<DocumentSettings['certificate'], 'border'> & { border: string } },
): DocumentSettings {
  const texts = Object.fromEntries([...ISSUER, ...SIGNER].map((k) => [k, s[k]])) as Record<TextKey, string>;
  const c = s.certificate;
  return {
    ...texts,
    certificate: {
      headingSize: c.headingSize,
      nameSize: c.nameSize,
      bodySize: c.bodySize,
      marginMm: c.marginMm,
      border: c.border as DocumentSettings['certificate']['border'],
      color: c.color,
    },
  };
}

/** What the documents and certificates print: the issuing body, place, council, organiser, signer and layout. */
export function DocumentSettingsPage() {
  const { t } = useTranslation();
  const { settings, fetching, error, saving, save } = useDocumentSettings();
  const [draft, setDraft] = useState<DocumentSettings | null>(null);
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    if (settings) setDraft(draftOf(settings));
  }, [settings]);

  const title = t('commendation.documents.settingsTitle');
  if (!draft) {
    return (
      <Page title={title} testId="commendation-document-settings-page">
        {fetching ? <LoadingState /> : <ErrorState error={error} />}
      </Page>
    );
  }
  const problems = documentSettingsProblems(draft);
  const problem = (field: string) =>
    tried && problems.includes(field) ? t('commendation.documents.invalid') : undefined;
  const setText = (key: TextKey) => (value: string) => {
    setSaved(false);
    setDraft({ ...draft, [key]: value });
  };
  const setLayout = <K extends keyof DocumentSettings['certificate']>(
    key: K,
    value: DocumentSettings['certificate'][K],
  ) => {
    setSaved(false);
    setDraft({ ...draft, certificate: { ...draft.certificate, [key]: value } });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setSaveError(null);
    if (!draft || problems.length) return;
    const failure = await save(draft);
    if (failure) setSaveError(errorText(t, failure));
    else setSaved(true);
  }

  const text = (key: TextKey) => (
    <TextField
      key={key}
      label={t(`commendation.documents.field.${key}`)}
      hint={t(`commendation.documents.hint.${key}`, { defaultValue: '' }) || undefined}
      value={draft[key]}
      onChange={setText(key)}
      required={['issuingBody', 'issuingSymbol', 'placeName', 'signerTitle'].includes(key)}
      error={problem(key)}
      fieldClassName="field--wide"
    />
  );

  return (
    <Page title={title} lead={t('commendation.documents.settingsLead')} testId="commendation-document-settings-page">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Section title={t('commendation.documents.issuerSection')} card>
          {ISSUER.map(text)}
        </Section>
        <Section title={t('commendation.documents.signerSection')} card>
          {SIGNER.map(text)}
        </Section>
        <Section title={t('commendation.documents.certificateSection')} card>
          {SIZES.map((key) => (
            <NumberField
              key={key}
              label={t(`commendation.documents.field.${key}`)}
              value={draft.certificate[key]}
              onChange={(v) => setLayout(key, v ?? Number.NaN)}
              error={problem(`certificate.${key}`)}
            />
          ))}
          <SelectField
            label={t('commendation.documents.field.border')}
            value={draft.certificate.border}
            onChange={(v) => setLayout('border', v)}
            options={(['DOUBLE', 'SINGLE', 'NONE'] as const).map((v) => ({
              value: v,
              label: t(`commendation.documents.border.${v}`),
            }))}
          />
          <TextField
            label={t('commendation.documents.field.color')}
            hint={t('commendation.documents.hint.color')}
            value={draft.certificate.color}
            onChange={(v) => setLayout('color', v)}
            error={problem('certificate.color')}
          />
        </Section>
        {tried && problems.length > 0 && <Alert tone="error">{t('commendation.documents.fixFields')}</Alert>}
        {saveError && <Alert tone="error">{saveError}</Alert>}
        {saved && <Alert tone="success">{t('commendation.documents.settingsSaved')}</Alert>}
        <FormActions>
          <Button type="submit" variant="primary" busy={saving} data-testid="document-settings-save">
            {t('commendation.documents.saveSettings')}
          </Button>
        </FormActions>
      </form>
    </Page>
  );
}
