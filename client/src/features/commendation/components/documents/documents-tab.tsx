import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommendationDocumentKind } from '@thidua/shared';
import {
  Alert,
  Button,
  ErrorState,
  FormActions,
  LoadingState,
  Section,
  SelectField,
  TextAreaField,
} from '../../../../components/ui';
import { errorText } from '../../../../lib/error-text';
import { useDocumentDownload, useRoundDocuments } from '../../hooks/use-documents';
import '../../styles/documents.css';

export interface DocumentsTabProps {
  roundId: string;
  /** Called after a change that moves the round (the page re-reads its status). */
  onChanged: () => void;
}

const ROUND_KINDS: readonly CommendationDocumentKind[] = ['SUBMISSION', 'MINUTES', 'DECISION', 'REVIEW_REPORT'];
const NARRATIVE_MAX = 20_000;

/** The round's documents as DOCX (Nghị định 30/2020) and the review report's narrative. */
export function DocumentsTab({ roundId }: DocumentsTabProps) {
  const { t } = useTranslation();
  const { download, failed, busy } = useDocumentDownload(roundId);
  const docs = useRoundDocuments(roundId);
  const [unitId, setUnitId] = useState('');
  const [draft, setDraft] = useState({ results: '', limitations: '', directions: '' });
  const [saved, setSaved] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    if (docs.narrative) {
      const { results, limitations, directions } = docs.narrative;
      setDraft({ results, limitations, directions });
    }
  }, [docs.narrative]);
  useEffect(() => {
    if (!unitId && docs.units.length) setUnitId(docs.units[0].id);
  }, [docs.units, unitId]);

  if (docs.fetching && !docs.narrative) return <LoadingState />;
  if (docs.error && !docs.narrative) return <ErrorState error={docs.error} />;

  const edit = (field: keyof typeof draft) => (value: string) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [field]: value }));
  };
  async function save() {
    setSaveError(null);
    const error = await docs.saveNarrative(draft);
    if (error) setSaveError(errorText(t, error));
    else setSaved(true);
  }
  const tooLong = Object.values(draft).some((v) => v.length > NARRATIVE_MAX);

  return (
    <div data-testid="documents-tab" data-round={roundId}>
      <Section title={t('commendation.documents.title')} card>
        <p className="muted">{t('commendation.documents.lead')}</p>
        <ul className="documents-list">
          {ROUND_KINDS.map((kind) => (
            <li key={kind}>
              <Button
                onClick={() => void download(kind)}
                busy={busy === kind}
                data-testid={`document-download-${kind}`}
              >
                {t(`commendation.documents.kind.${kind}`)}
              </Button>
            </li>
          ))}
        </ul>
        <div className="documents-unit">
          <SelectField
            label={t('commendation.documents.unit')}
            value={unitId}
            onChange={setUnitId}
            options={docs.units.map((u) => ({ value: u.id, label: u.name }))}
            placeholder={docs.units.length ? undefined : t('commendation.documents.noUnits')}
            disabled={!docs.units.length}
          />
          <Button
            onClick={() => void download('ACHIEVEMENT_REPORT', unitId)}
            disabled={!unitId}
            busy={busy === 'ACHIEVEMENT_REPORT'}
            data-testid="document-download-ACHIEVEMENT_REPORT"
          >
            {t('commendation.documents.kind.ACHIEVEMENT_REPORT')}
          </Button>
        </div>
        {failed && (
          <Alert tone="error" testId="document-download-error">
            {t('commendation.documents.downloadFailed', { kind: t(`commendation.documents.kind.${failed}`) })}
          </Alert>
        )}
      </Section>
      <Section title={t('commendation.documents.narrativeTitle')} card>
        <p className="muted">{t('commendation.documents.narrativeLead')}</p>
        {(['results', 'limitations', 'directions'] as const).map((field) => (
          <TextAreaField
            key={field}
            label={t(`commendation.documents.narrative.${field}`)}
            value={draft[field]}
            onChange={edit(field)}
            rows={6}
            fieldClassName="field--wide"
            error={
              draft[field].length > NARRATIVE_MAX
                ? t('commendation.documents.tooLong', { max: NARRATIVE_MAX })
                : undefined
            }
          />
        ))}
        {saveError && <Alert tone="error">{saveError}</Alert>}
        {saved && <Alert tone="success">{t('commendation.documents.narrativeSaved')}</Alert>}
        <FormActions>
          <Button
            variant="primary"
            onClick={() => void save()}
            busy={docs.saving}
            disabled={tooLong}
            data-testid="narrative-save"
          >
            {t('commendation.documents.saveNarrative')}
          </Button>
        </FormActions>
      </Section>
    </div>
  );
}
