import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../../components/form-error';
import { Loading } from '../../../../components/loading';
import { Button } from '../../../../components/ui';
import type { ContestFieldsFragment } from '../../../../generated/graphql';
import { errorText } from '../../../../lib/error-text';
import { downloadWithSession } from '../../../../lib/files';
import { OVERALL, useContestResults } from '../../hooks/use-contest-results';
import { ContestRoundState } from './contest-round-state';
import { IndividualsTable, ResultsSummary, UnitResultsTable, WinnersTable } from './contest-results-tables';

/**
 * Results per round and overall: the individual ranking by the published chain (with
 * the actual number predictions are compared with, and which criterion decided each
 * place), the winners with their evidence, unit results, freeze/publish and XLSX.
 */
export function ContestResultsPanel({ contest, canManage }: { contest: ContestFieldsFragment; canManage: boolean }) {
  const { t } = useTranslation();
  const results = useContestResults(contest);
  const { round, roundId, result } = results;
  const [downloadError, setDownloadError] = useState(false);
  const data = result.data?.contestResults;

  function download() {
    setDownloadError(false);
    downloadWithSession(
      `/api/contests/${contest.id}/results.xlsx${roundId ? `?roundId=${roundId}` : ''}`,
      'ket-qua-cuoc-thi.xlsx',
    ).catch(() => setDownloadError(true));
  }

  return (
    <section aria-labelledby="results-title" data-testid="contest-results">
      <div className="toolbar ct-results-bar">
        <h2 id="results-title">{t('contests.results.title')}</h2>
        <label className="ct-round-select">
          <span>{t('contests.results.round')}</span>
          <select value={roundId} onChange={(e) => results.setRoundId(e.target.value)} data-testid="results-round">
            <option value={OVERALL}>{t('contests.results.overall')}</option>
            {contest.rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
                {r.id === results.currentRoundId ? ` (${t('contests.public.now')})` : ''}
              </option>
            ))}
          </select>
        </label>
        <Button data-testid="results-xlsx" onClick={download}>
          {t('contests.results.xlsx')}
        </Button>
      </div>
      {downloadError && <FormError message={t('contests.results.xlsxFailed')} />}
      {round && (
        <ContestRoundState
          round={round}
          frozenAt={results.frozenAt}
          publishedAt={results.publishedAt}
          canManage={canManage}
          freezing={results.freezing}
          publishing={results.publishing}
          error={results.roundError}
          onFreeze={() => results.freeze(round.id)}
          onPublish={() => results.publish(round.id)}
        />
      )}
      <FormError message={errorText(t, result.error)} />
      {!data && result.fetching && <Loading />}
      {data && (
        <>
          <ResultsSummary data={data} />
          {data.winners.length > 0 && (
            <>
              <h3>{t('contests.results.winners')}</h3>
              <WinnersTable data={data} canRevealPhone={canManage} />
            </>
          )}
          <h3>{t('contests.results.individuals')}</h3>
          {data.individuals.length === 0 ? (
            <p className="empty">{t('contests.results.none')}</p>
          ) : (
            <IndividualsTable data={data} />
          )}
          <h3>{t('contests.results.units')}</h3>
          <p className="field__hint">
            {t('contests.results.unitsFormula', { points: contest.unitPrize.participationPoints })}
          </p>
          <UnitResultsTable data={data} />
        </>
      )}
    </section>
  );
}
