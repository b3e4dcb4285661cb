import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { FormError } from '../../../../components/form-error';
import { EmptyState, LoadingState, Page } from '../../../../components/ui';
import { errorText } from '../../../../lib/error-text';
import { useRoundHeader } from '../../hooks/use-round-header';
import { CouncilTab } from '../council/council-tab';
import { DecisionTab } from '../decision/decision-tab';
import { DocumentsTab } from '../documents/documents-tab';
import { PostingTab } from '../posting/posting-tab';
import { ProposalsTab } from '../proposals/proposals-tab';
import { RoundStatusBadge, RoundSteps } from './round-status';
import '../../styles/proposals.css';

const TABS = ['proposals', 'council', 'posting', 'decision', 'documents'] as const;
type Tab = (typeof TABS)[number];

const TAB_OF = {
  proposals: ProposalsTab,
  council: CouncilTab,
  posting: PostingTab,
  decision: DecisionTab,
  documents: DocumentsTab,
} as const;

/** `/commendation/rounds/:id`: the round's steps and its tabs (proposals, council, posting, decision, documents). */
export function RoundPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { round, fetching, error, refresh } = useRoundHeader(id);
  const asked = params.get('tab');
  const tab: Tab = TABS.find((x) => x === asked) ?? 'proposals';
  const Body = TAB_OF[tab];
  const breadcrumb = [{ label: t('commendation.rounds.back'), to: '/commendation' }, { label: round?.name ?? '…' }];

  if (!round) {
    return (
      <Page testId="commendation-round-page" title={t('commendation.rounds.title')} breadcrumb={breadcrumb}>
        <FormError message={errorText(t, error)} />
        {fetching ? <LoadingState /> : !error && <EmptyState>{t('commendation.rounds.notFound')}</EmptyState>}
      </Page>
    );
  }

  return (
    <Page
      testId="commendation-round-page"
      title={round.name}
      breadcrumb={breadcrumb}
      meta={
        <p className="cm-round-meta">
          <RoundStatusBadge status={round.status} />{' '}
          <span className="muted">
            {[round.campaignName, round.periodName, t('commendation.rounds.yearOf', { year: round.year })]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </p>
      }
    >
      <RoundSteps status={round.status} />
      <div className="cm-tabs" role="tablist" aria-label={round.name}>
        {TABS.map((x) => (
          <button
            key={x}
            type="button"
            role="tab"
            id={`round-tab-${x}`}
            aria-selected={x === tab}
            aria-controls="round-tab-panel"
            className={x === tab ? 'cm-tabs__tab cm-tabs__tab--active' : 'cm-tabs__tab'}
            onClick={() => setParams(x === 'proposals' ? {} : { tab: x }, { replace: true })}
          >
            {t(`commendation.rounds.tabs.${x}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="round-tab-panel" aria-labelledby={`round-tab-${tab}`} className="cm-tab-panel">
        <Body roundId={round.id} onChanged={refresh} />
      </div>
    </Page>
  );
}
