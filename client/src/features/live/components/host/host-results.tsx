import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { FormError } from '../../../../components/form-error';
import { DownloadIcon } from '../../../../components/icons';
import { Loading } from '../../../../components/loading';
import { accessTokenExpiresSoon, getAccessToken, hasRefreshToken } from '../../../../lib/auth-tokens';
import { errorText } from '../../../../lib/error-text';
import { formatNumber } from '../../../../lib/format';
import { refreshSession } from '../../../../lib/refresh-session';
import { LiveGameResultsDocument } from '../../graphql/live.documents';
import { UnitFormula } from '../common/unit-formula';

/** After the end: per player, per question and per unit, and the XLSX export. */
export function HostResults({ gameId }: { gameId: string }) {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: LiveGameResultsDocument,
    variables: { id: gameId },
    requestPolicy: 'network-only',
  });
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const results = data?.liveGameResults;
  const n = (value: number, digits = 0) => formatNumber(Math.round(value * 10 ** digits) / 10 ** digits, i18n.language);
  const pct = (share: number) => `${n(share * 100, 1)} %`;

  async function download() {
    setDownloading(true);
    setDownloadError(null);
    try {
      if (hasRefreshToken() && accessTokenExpiresSoon()) await refreshSession();
      const response = await fetch(`/api/live-games/${gameId}/results.xlsx`, {
        headers: { authorization: `Bearer ${getAccessToken() ?? ''}` },
      });
      if (!response.ok) throw new Error(String(response.status));
      const blob = await response.blob();
      const disposition = response.headers.get('content-disposition') ?? '';
      const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/iu.exec(disposition);
      const name = match ? decodeURIComponent(match[1]) : `ket-qua-${gameId}.xlsx`;
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setDownloadError(t('live.host.downloadFailed'));
    } finally {
      setDownloading(false);
    }
  }

  if (fetching && !results) return <Loading />;
  if (!results) return <FormError message={errorText(t, error)} />;

  return (
    <div className="host-results" data-testid="host-results">
      <div className="host-results__head">
        <h2>{t('live.results.title')}</h2>
        <button
          type="button"
          className="btn btn-primary"
          data-testid="host-download-xlsx"
          disabled={downloading}
          onClick={() => void download()}
        >
          <DownloadIcon size={20} /> {downloading ? t('live.results.downloading') : t('live.results.download')}
        </button>
      </div>
      <FormError message={downloadError} />

      <section className="card">
        <h3>{t('live.results.players')}</h3>
        <div className="table-wrap">
          <table className="table table--compact" data-testid="results-players">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('live.results.rank')}
                </th>
                <th scope="col">{t('live.results.name')}</th>
                <th scope="col">{t('live.results.unit')}</th>
                <th scope="col" className="num">
                  {t('live.results.score')}
                </th>
                <th scope="col" className="num">
                  {t('live.results.correct')}
                </th>
                <th scope="col" className="num">
                  {t('live.results.answered')}
                </th>
              </tr>
            </thead>
            <tbody>
              {results.players.map((p) => (
                <tr key={p.playerId}>
                  <td className="num">{p.rank}</td>
                  <td>{p.name}</td>
                  <td>{p.unitName ?? '—'}</td>
                  <td className="num">{n(p.score)}</td>
                  <td className="num">{p.correctCount}</td>
                  <td className="num">{p.answeredCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card">
        <h3>{t('live.results.questions')}</h3>
        <div className="table-wrap">
          <table className="table table--compact" data-testid="results-questions">
            <thead>
              <tr>
                <th scope="col" className="num">
                  #
                </th>
                <th scope="col">{t('live.results.prompt')}</th>
                <th scope="col" className="num">
                  {t('live.results.answered')}
                </th>
                <th scope="col" className="num">
                  {t('live.results.correctShare')}
                </th>
                <th scope="col" className="num">
                  {t('live.results.averageTime')}
                </th>
              </tr>
            </thead>
            <tbody>
              {results.questions.map((q) => (
                <tr key={q.index}>
                  <td className="num">{q.index + 1}</td>
                  <td>{q.prompt}</td>
                  <td className="num">{q.answered}</td>
                  <td className="num">{pct(q.correctShare)}</td>
                  <td className="num">
                    {q.averageTimeMs == null ? '—' : t('live.results.seconds', { value: n(q.averageTimeMs / 1000, 1) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card">
        <h3>{t('live.results.units')}</h3>
        <UnitFormula aggregation={results.unitAggregation} />
        <div className="table-wrap">
          <table className="table table--compact" data-testid="results-units">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('live.results.rank')}
                </th>
                <th scope="col">{t('live.results.unit')}</th>
                <th scope="col" className="num">
                  {t('live.results.unitPlayers')}
                </th>
                <th scope="col" className="num">
                  {t('live.results.population')}
                </th>
                <th scope="col" className="num">
                  {t('live.results.participation')}
                </th>
                <th scope="col" className="num">
                  {t('live.results.meanScore')}
                </th>
                <th scope="col" className="num">
                  {t('live.results.unitScore')}
                </th>
              </tr>
            </thead>
            <tbody>
              {results.units.map((u) => (
                <tr key={u.unitId}>
                  <td className="num">{u.rank}</td>
                  <td>{u.unitName}</td>
                  <td className="num">{u.players}</td>
                  <td className="num">{n(u.eligiblePopulation)}</td>
                  <td className="num">{pct(u.participationRate)}</td>
                  <td className="num">{n(u.meanScore, 1)}</td>
                  <td className="num">{n(u.score, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
