import { useTranslation } from 'react-i18next';
import type { ContestResultsQuery } from '../../../../generated/graphql';
import { formatNumber } from '../../../../lib/format';
import { durationParts, formatDateTime, formatDecimal, formatRate } from '../../utils/contest-format';

type Results = ContestResultsQuery['contestResults'];

/** Entrants, attempts, the actual number predictions are compared with, and the ranking chain. */
export function ResultsSummary({ data }: { data: Results }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
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
  );
}

/** The prize winners, what decided each place against the next, and the evidence. */
export function WinnersTable({ data }: { data: Results }) {
  const { t } = useTranslation();
  return (
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
  );
}

/** Every entrant in rank order, flagged attempts marked. */
export function IndividualsTable({ data }: { data: Results }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const ms = (value: number) => {
    const { minutes, seconds } = durationParts(value);
    return t('contests.results.durationShort', { minutes, seconds });
  };
  return (
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
            <tr key={row.entrantId} data-testid={`results-row-${n}`} className={row.flagged ? 'ct-flagged' : undefined}>
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
  );
}

/** The unit results: participation, average and the unit prize score. */
export function UnitResultsTable({ data }: { data: Results }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
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
  );
}
