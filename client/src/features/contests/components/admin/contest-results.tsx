import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Loading } from '../../../../components/loading';
import type { ContestFieldsFragment } from '../../../../generated/graphql';
import { errorText } from '../../../../lib/error-text';
import { downloadWithSession } from '../../../../lib/files';
import { formatNumber } from '../../../../lib/format';
import {
  ContestResultsDocument,
  FreezeContestRoundDocument,
  PublishContestRoundDocument,
} from '../../graphql/contests.documents';
import { contestErrorText } from '../../utils/contest-errors';
import { durationParts, formatDateTime, formatDecimal, formatRate } from '../../utils/contest-format';

const OVERALL = '';

/**
 * Results per round and overall: the individual ranking by the published chain (with
 * the actual number predictions are compared with, and which criterion decided each
 * place), the winners with their evidence, unit results, freeze/publish and XLSX.
 */
export function ContestResultsPanel({ contest, canManage }: { contest: ContestFieldsFragment; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const now = Date.now();
  const current = contest.rounds.find((r) => Date.parse(r.startsAt) <= now && now < Date.parse(r.endsAt));
  const [roundId, setRoundId] = useState<string>(current?.id ?? OVERALL);
  const [result, refetch] = useQuery({
    query: ContestResultsDocument,
    variables: { contestId: contest.id, roundId: roundId || null },
    requestPolicy: 'cache-and-network',
  });
  const [frozen, freeze] = useMutation(FreezeContestRoundDocument);
  const [published, publish] = useMutation(PublishContestRoundDocument);
  const [downloadError, setDownloadError] = useState(false);
  const round = contest.rounds.find((r) => r.id === roundId) ?? null;
  const frozenAt =
    (frozen.data?.freezeContestRound.id === roundId ? frozen.data.freezeContestRound.frozenAt : null) ??
    round?.frozenAt ??
    null;
  const publishedAt =
    (published.data?.publishContestRound.id === roundId ? published.data.publishContestRound.publishedAt : null) ??
    round?.publishedAt ??
    null;
  const data = result.data?.contestResults;
  const isFrozen = Boolean(frozenAt) && !publishedAt;

  const ms = (value: number) => {
    const { minutes, seconds } = durationParts(value);
    return t('contests.results.durationShort', { minutes, seconds });
  };

  return (
    <section aria-labelledby="results-title" data-testid="contest-results">
      <div className="toolbar ct-results-bar">
        <h2 id="results-title">{t('contests.results.title')}</h2>
        <label className="ct-round-select">
          <span>{t('contests.results.round')}</span>
          <select value={roundId} onChange={(e) => setRoundId(e.target.value)} data-testid="results-round">
            <option value={OVERALL}>{t('contests.results.overall')}</option>
            {contest.rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
                {r.id === current?.id ? ` (${t('contests.public.now')})` : ''}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="btn btn-secondary"
          data-testid="results-xlsx"
          onClick={() => {
            setDownloadError(false);
            downloadWithSession(
              `/api/contests/${contest.id}/results.xlsx${roundId ? `?roundId=${roundId}` : ''}`,
              'ket-qua-cuoc-thi.xlsx',
            ).catch(() => setDownloadError(true));
          }}
        >
          {t('contests.results.xlsx')}
        </button>
      </div>
      {downloadError && <FormError message={t('contests.results.xlsxFailed')} />}

      {round && (
        <div className="ct-round-state">
          <p>
            {publishedAt
              ? t('contests.results.publishedAt', { time: formatDateTime(publishedAt, lang) })
              : isFrozen
                ? t('contests.results.frozenAt', { time: formatDateTime(frozenAt!, lang) })
                : t('contests.results.live')}
          </p>
          {canManage && (
            <div className="ct-round-state__actions">
              <button
                type="button"
                className="btn btn-secondary"
                data-testid="freeze-round"
                disabled={Boolean(frozenAt) || Boolean(publishedAt) || frozen.fetching}
                onClick={() => void freeze({ id: round.id }).then(() => refetch({ requestPolicy: 'network-only' }))}
              >
                {t('contests.results.freeze')}
              </button>
              <button
                type="button"
                className="btn btn-primary"
                data-testid="publish-round"
                disabled={Boolean(publishedAt) || published.fetching}
                onClick={() => {
                  if (window.confirm(t('contests.results.publishConfirm', { name: round.name })))
                    void publish({ id: round.id }).then(() => refetch({ requestPolicy: 'network-only' }));
                }}
              >
                {t('contests.results.publish')}
              </button>
            </div>
          )}
          <FormError message={contestErrorText(t, frozen.error ?? published.error)} />
        </div>
      )}

      <FormError message={errorText(t, result.error)} />
      {!data && result.fetching && <Loading />}
      {data && (
        <>
          <dl className="ct-summary">
            <div>
              <dt>{t('contests.results.entrants')}</dt>
              <dd data-testid="results-entrants">{formatNumber(data.totalEntrants, lang)}</dd>
            </div>
            <div>
              <dt>{t('contests.results.attempts')}</dt>
              <dd>{formatNumber(data.totalAttempts, lang)}</dd>
            </div>
            {data.predictionKind !== 'NONE' && (
              <div>
                <dt>{t(`contests.results.actual.${data.predictionKind}`)}</dt>
                <dd data-testid="results-actual">{data.actual !== null ? formatNumber(data.actual, lang) : '—'}</dd>
              </div>
            )}
            <div className="ct-summary__chain">
              <dt>{t('contests.results.chain')}</dt>
              <dd>
                <ol>
                  {data.rankingChain.map((c) => (
                    <li key={c}>{t(`contests.criterion.${c}`)}</li>
                  ))}
                </ol>
              </dd>
            </div>
          </dl>

          {data.winners.length > 0 && (
            <>
              <h3>{t('contests.results.winners')}</h3>
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th>{t('contests.results.rank')}</th>
                      <th>{t('contests.results.prize')}</th>
                      <th>{t('contests.results.name')}</th>
                      <th>{t('contests.results.unit')}</th>
                      <th>{t('contests.results.decidedBy')}</th>
                      <th>{t('contests.results.evidence')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.winners.map((w) => (
                      <tr key={w.entrantId}>
                        <td className="num">{w.rank}</td>
                        <td>
                          <strong>{w.prize}</strong>
                        </td>
                        <td>{w.fullName}</td>
                        <td>{w.unitName}</td>
                        <td>{w.decidedAgainstNext ? t(`contests.criterionShort.${w.decidedAgainstNext}`) : '—'}</td>
                        <td className="ct-evidence">{w.evidence}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}

          <h3>{t('contests.results.individuals')}</h3>
          {data.individuals.length === 0 ? (
            <p className="empty">{t('contests.results.none')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table table--compact">
                <thead>
                  <tr>
                    <th>{t('contests.results.rank')}</th>
                    <th>{t('contests.results.name')}</th>
                    <th>{t('contests.results.unit')}</th>
                    <th className="num">{t('contests.results.score')}</th>
                    {data.predictionKind !== 'NONE' && <th className="num">{t('contests.results.predictionCol')}</th>}
                    <th className="num">{t('contests.results.duration')}</th>
                    <th>{t('contests.results.submittedAt')}</th>
                    <th>{t('contests.results.decidedBy')}</th>
                    <th>{t('contests.results.prize')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.individuals.map((row, n) => (
                    <tr
                      key={row.entrantId}
                      data-testid={`results-row-${n}`}
                      className={row.flagged ? 'ct-flagged' : undefined}
                    >
                      <td className="num">{row.rank}</td>
                      <td>
                        {row.fullName} <span className="muted">({row.birthYear})</span>
                        <br />
                        <span className="muted">{row.phoneMasked}</span>
                        {row.flagged && <span className="badge ct-flag">{t('contests.results.flagged')}</span>}
                      </td>
                      <td>{row.unitName}</td>
                      <td className="num">
                        {formatNumber(row.score, lang)}/{formatNumber(row.maxScore, lang)}
                        <br />
                        <span className="muted">{t('contests.results.attemptsUsed', { count: row.attemptsUsed })}</span>
                      </td>
                      {data.predictionKind !== 'NONE' && (
                        <td className="num">
                          {row.prediction !== null ? formatNumber(row.prediction, lang) : '—'}
                          {row.predictionDistance !== null && (
                            <span className="muted"> (±{formatNumber(row.predictionDistance, lang)})</span>
                          )}
                        </td>
                      )}
                      <td className="num">{ms(row.durationMs)}</td>
                      <td>{formatDateTime(row.submittedAt, lang)}</td>
                      <td>{row.decidedBy ? t(`contests.criterionShort.${row.decidedBy}`) : '—'}</td>
                      <td>{row.prize ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          <h3>{t('contests.results.units')}</h3>
          <p className="field__hint">
            {t('contests.results.unitsFormula', { points: contest.unitPrize.participationPoints })}
          </p>
          <div className="table-wrap">
            <table className="table table--compact" data-testid="results-units">
              <thead>
                <tr>
                  <th>{t('contests.results.rank')}</th>
                  <th>{t('contests.results.unit')}</th>
                  <th className="num">{t('contests.results.unitEntrants')}</th>
                  <th className="num">{t('contests.results.eligible')}</th>
                  <th className="num">{t('contests.results.rate')}</th>
                  <th className="num">{t('contests.results.average')}</th>
                  <th className="num">{t('contests.results.prizePoints')}</th>
                  <th className="num">{t('contests.results.prizeScore')}</th>
                </tr>
              </thead>
              <tbody>
                {data.units.map((u) => (
                  <tr key={u.unitId} data-testid={`results-unit-${u.unitCode}`}>
                    <td className="num">{u.rank}</td>
                    <td>{u.unitName}</td>
                    <td className="num">{formatNumber(u.entrants, lang)}</td>
                    <td className="num">{formatNumber(u.eligiblePopulation, lang)}</td>
                    <td className="num">{formatRate(u.participationRate, lang)}</td>
                    <td className="num">{formatDecimal(u.averageScore, lang, 0)}</td>
                    <td className="num">{formatDecimal(u.prizePoints, lang)}</td>
                    <td className="num">
                      <strong>{formatDecimal(u.prizeScore, lang, 2)}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
