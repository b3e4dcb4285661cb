import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { FormError } from '../../../../components/form-error';
import { DownloadIcon } from '../../../../components/icons';
import { Loading } from '../../../../components/loading';
import { Button, DataTable, type DataTableColumn } from '../../../../components/ui';
import type { LiveGameResultsQuery } from '../../../../generated/graphql';
import { errorText } from '../../../../lib/error-text';
import { formatNumber } from '../../../../lib/format';
import { LiveGameResultsDocument } from '../../graphql/live.documents';
import { useResultsDownload } from '../../hooks/use-results-download';
import { populationKindLabel, UnitFormula } from '../common/unit-formula';

type Results = LiveGameResultsQuery['liveGameResults'];
type Format = (value: number, digits?: number) => string;

/** After the end: per player, per question and per unit, and the XLSX export. */
export function HostResults({ gameId }: { gameId: string }) {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: LiveGameResultsDocument,
    variables: { id: gameId },
    requestPolicy: 'network-only',
  });
  const xlsx = useResultsDownload(gameId);
  const results = data?.liveGameResults;
  const n: Format = (value, digits = 0) => formatNumber(Math.round(value * 10 ** digits) / 10 ** digits, i18n.language);

  if (fetching && !results) return <Loading />;
  if (!results) return <FormError message={errorText(t, error)} />;

  return (
    <div className="host-results" data-testid="host-results">
      <div className="host-results__head">
        <h2>{t('live.results.title')}</h2>
        <Button variant="primary" data-testid="host-download-xlsx" disabled={xlsx.downloading} onClick={xlsx.download}>
          <DownloadIcon size={20} /> {xlsx.downloading ? t('live.results.downloading') : t('live.results.download')}
        </Button>
      </div>
      <FormError message={xlsx.error} />
      <section className="card">
        <h3>{t('live.results.players')}</h3>
        <DataTable
          compact
          testId="results-players"
          columns={playerColumns(t, n)}
          rows={results.players}
          rowKey={(p) => p.playerId}
        />
      </section>
      <section className="card">
        <h3>{t('live.results.questions')}</h3>
        <DataTable
          compact
          testId="results-questions"
          columns={questionColumns(t, n)}
          rows={results.questions}
          rowKey={(q) => q.index}
        />
      </section>
      <section className="card">
        <h3>{t('live.results.units')}</h3>
        <UnitFormula
          aggregation={results.unitAggregation}
          basis={results.participationBasis === 'BEFORE_ROSTERS' ? 'BEFORE_ROSTERS' : 'VERIFIED'}
          verifiedPlayers={results.verifiedPlayers}
          guests={results.guests}
        />
        <DataTable
          compact
          testId="results-units"
          empty={t('live.noUnits')}
          columns={unitColumns(t, n, i18n.language)}
          rows={results.units}
          rowKey={(u) => u.unitId}
        />
      </section>
    </div>
  );
}

const percent = (n: Format, share: number) => `${n(share * 100, 1)} %`;

function playerColumns(t: TFunction, n: Format): DataTableColumn<Results['players'][number]>[] {
  return [
    { key: 'rank', header: t('live.results.rank'), numeric: true, render: (p) => p.rank },
    {
      key: 'name',
      header: t('live.results.name'),
      render: (p) => (
        <>
          {p.name}
          {!p.verified && <span className="guest-mark">{t('live.guest')}</span>}
        </>
      ),
    },
    { key: 'unit', header: t('live.results.unit'), render: (p) => p.unitName ?? '—' },
    { key: 'score', header: t('live.results.score'), numeric: true, render: (p) => n(p.score) },
    { key: 'correct', header: t('live.results.correct'), numeric: true, render: (p) => p.correctCount },
    { key: 'answered', header: t('live.results.answered'), numeric: true, render: (p) => p.answeredCount },
  ];
}

function questionColumns(t: TFunction, n: Format): DataTableColumn<Results['questions'][number]>[] {
  return [
    { key: 'index', header: '#', numeric: true, render: (q) => q.index + 1 },
    { key: 'prompt', header: t('live.results.prompt'), render: (q) => q.prompt },
    { key: 'answered', header: t('live.results.answered'), numeric: true, render: (q) => q.answered },
    {
      key: 'correct',
      header: t('live.results.correctShare'),
      numeric: true,
      render: (q) => percent(n, q.correctShare),
    },
    {
      key: 'time',
      header: t('live.results.averageTime'),
      numeric: true,
      render: (q) =>
        q.averageTimeMs == null ? '—' : t('live.results.seconds', { value: n(q.averageTimeMs / 1000, 1) }),
    },
  ];
}

function unitColumns(t: TFunction, n: Format, language: string): DataTableColumn<Results['units'][number]>[] {
  return [
    { key: 'rank', header: t('live.results.rank'), numeric: true, render: (u) => u.rank },
    { key: 'unit', header: t('live.results.unit'), render: (u) => u.unitName },
    { key: 'verified', header: t('live.results.verified'), numeric: true, render: (u) => n(u.verified) },
    { key: 'guests', header: t('live.results.guests'), numeric: true, render: (u) => n(u.guests) },
    {
      key: 'population',
      header: t('live.results.population'),
      numeric: true,
      render: (u) => n(u.eligiblePopulation),
    },
    {
      key: 'kind',
      header: t('live.results.populationKind'),
      render: (u) =>
        `${populationKindLabel(u.populationKind, language)}${
          u.populationSource === 'DECLARED' ? ` (${t('live.populationDeclared')})` : ''
        }`,
    },
    {
      key: 'participation',
      header: t('live.results.participation'),
      numeric: true,
      render: (u) => percent(n, u.participationRate),
    },
    { key: 'mean', header: t('live.results.meanScore'), numeric: true, render: (u) => n(u.meanScore, 1) },
    { key: 'score', header: t('live.results.unitScore'), numeric: true, render: (u) => n(u.score, 1) },
  ];
}
