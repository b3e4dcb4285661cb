import { useTranslation } from 'react-i18next';

export interface PostingTabProps {
  roundId: string;
  /** Called after a change that moves the round (the page re-reads its status). */
  onChanged: () => void;
}

/** Placeholder of the foundation: replaced by the tab's owner. */
export function PostingTab({ roundId }: PostingTabProps) {
  const { t } = useTranslation();
  return (
    <section data-testid="posting-tab" data-round={roundId}>
      <h2>{t('commendation.posting.title')}</h2>
    </section>
  );
}
