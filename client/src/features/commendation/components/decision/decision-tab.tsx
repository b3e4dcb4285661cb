import { useTranslation } from 'react-i18next';

export interface DecisionTabProps {
  roundId: string;
  /** Called after a change that moves the round (the page re-reads its status). */
  onChanged: () => void;
}

/** Placeholder of the foundation: replaced by the tab's owner. */
export function DecisionTab({ roundId }: DecisionTabProps) {
  const { t } = useTranslation();
  return (
    <section data-testid="decision-tab" data-round={roundId}>
      <h2>{t('commendation.decision.title')}</h2>
    </section>
  );
}
