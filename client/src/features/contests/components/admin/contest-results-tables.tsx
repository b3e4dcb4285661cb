import { DEFAULT_POPULATION_KINDS } from '@thidua/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Button } from '../../../../components/ui';
import { RevealWinnerPhoneDocument } from '../../graphql/contests.documents';
import { contestErrorText } from '../../utils/contest-errors';
import type { ContestResultsQuery } from '../../../../generated/graphql';
import { formatNumber } from '../../../../lib/format';
import { durationParts, formatDecimal, formatRate } from '../../utils/contest-format';
import { formatDateTime } from '../../../../lib/format';

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
        <dt>{t('contests.results.verifiedEntrants')}</dt>
        <dd data-testid="results-verified">{formatNumber(data.verifiedEntrants, lang)}</dd>
      </div>
      <div>
        <dt>{t('contests.results.unverifiedEntrants')}</dt>
        <dd data-testid="results-unverified">{formatNumber(data.unverifiedEntrants, lang)}</dd>
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

/** The prize winners, what decided each place against the next, the evidence; ADMIN: reveal a phone to call. */
export function WinnersTable({ data, canRevealPhone }: { data: Results; canRevealPhone: boolean }) {
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
            <th>{t('contests.results.phone')}</th>
          </tr>
        </thead>
        <tbody>
          {data.winners.map((w) => (
            <tr key={w.entrantId}>
              <td className="num">{w.rank}</td>
              <td>
                <strong>{w.prize}</strong>
              </td>
              <td>
                {w.fullName} <VerifiedBadge verified={w.verified} />
              </td>
              <td>{w.unitName}</td>
              <td>{w.decidedAgainstNext ? t(`contests.criterionShort.${w.decidedAgainstNext}`) : '—'}</td>
              <td className="ct-evidence">{w.evidence}</td>
              <td>
                <RevealPhone
                  entrantId={w.entrantId}
                  masked={w.phoneMasked}
                  kept={w.phoneKept}
                  allowed={canRevealPhone}
                />
              </td>
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
                {row.fullName} <span className="muted">({row.birthYear})</span>{' '}
                <VerifiedBadge verified={row.verified} />
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
              <td>{formatDateTime(row.submittedAt)}</td>
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
            <th className="num">{t('contests.results.unitUnverified')}</th>
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
              <td className="num muted">{formatNumber(u.unverified, lang)}</td>
              <td className="num">
                {formatNumber(u.eligiblePopulation, lang)}
                <br />
                <span className="muted">
                  {kindLabel(u.populationKind, lang)} · {t(`contests.results.populationSource.${u.populationSource}`)}
                </span>
              </td>
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
      <p className="ct-formula" data-testid="results-formula">
        {data.participationFormula}
      </p>
    </div>
  );
}

/** A population kind's label in the user's language (the code itself for a kind the ward added). */
function kindLabel(code: string, lang: string): string {
  const kind = DEFAULT_POPULATION_KINDS.find((k) => k.code === code);
  if (!kind) return code;
  return lang === 'en' ? kind.labelEn : kind.labelVi;
}

function VerifiedBadge({ verified }: { verified: boolean }) {
  const { t } = useTranslation();
  return verified ? (
    <span className="badge ct-verified">{t('contests.results.verified')}</span>
  ) : (
    <span className="badge ct-unverified">{t('contests.results.unverified')}</span>
  );
}

/**
 * ADMIN only: shows a winner's full number to call them; the server records who looked
 * (PHONE_REVEALED). Others see the masked number.
 */
function RevealPhone({
  entrantId,
  masked,
  kept,
  allowed,
}: {
  entrantId: string;
  masked: string;
  kept: boolean;
  allowed: boolean;
}) {
  const { t } = useTranslation();
  const [phone, setPhone] = useState<string | null>(null);
  const [result, reveal] = useMutation(RevealWinnerPhoneDocument);
  if (phone) return <strong data-testid={`winner-phone-${entrantId}`}>{phone}</strong>;
  return (
    <>
      <span className="muted">{masked || '—'}</span>
      {allowed && kept && (
        <>
          {' '}
          <Button
            size="small"
            data-testid={`reveal-phone-${entrantId}`}
            disabled={result.fetching}
            title={t('contests.results.revealPhoneHint')}
            onClick={() =>
              void reveal({ entrantId }).then((r) => {
                if (r.data) setPhone(r.data.revealWinnerPhone);
              })
            }
          >
            {t('contests.results.revealPhone')}
          </Button>
        </>
      )}
      {result.error && <span className="ct-error">{contestErrorText(t, result.error)}</span>}
    </>
  );
}
