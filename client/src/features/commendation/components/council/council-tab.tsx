import { useTranslation } from 'react-i18next';

export interface CouncilTabProps {
  roundId: string;
  /** Called after a change that moves the round (the page re-reads its status). */
  onChanged: () => void;
}

/** Placeholder of the foundation: replaced by the tab's owner. */
export function CouncilTab({ roundId }: CouncilTabProps) {
  const { t } = useTranslation();
  return (
    <section data-testid="council-tab" data-round={roundId}>
      <h2>{t('commendation.council.title')}</h2>
    </section>
  );
}
