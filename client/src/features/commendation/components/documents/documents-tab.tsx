import { useTranslation } from 'react-i18next';

export interface DocumentsTabProps {
  roundId: string;
  /** Called after a change that moves the round (the page re-reads its status). */
  onChanged: () => void;
}

/** Placeholder of the foundation: replaced by the tab's owner. */
export function DocumentsTab({ roundId }: DocumentsTabProps) {
  const { t } = useTranslation();
  return (
    <section data-testid="documents-tab" data-round={roundId}>
      <h2>{t('commendation.documents.title')}</h2>
    </section>
  );
}
