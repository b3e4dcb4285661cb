import { useTranslation } from 'react-i18next';
import type { PersonRecordQuery } from '../../../generated/graphql';
import { DataTable, Section } from '../../../components/ui';
import { formatDate, formatNumber } from '../../../lib/format';

type RecordData = PersonRecordQuery['personRecord'];

function dayOf(iso: string | null | undefined): string {
  return (iso && formatDate(iso)) || '—';
}

/** The live games a person played and the contests they entered, with scores and prizes. */
export function PersonRecordTables({ record }: { record: RecordData }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <>
      <Section title={t('people.person.games')} card testId="person-games">
        <DataTable
          rows={record.games}
          rowKey={(g) => g.gameId}
          empty={t('people.person.noGames')}
          columns={[
            { key: 'title', header: t('people.person.game'), rowHeader: true, render: (g) => g.title },
            { key: 'date', header: t('people.person.playedAt'), render: (g) => dayOf(g.playedAt) },
            { key: 'score', header: t('people.person.score'), numeric: true, render: (g) => n(g.score) },
            {
              key: 'rank',
              header: t('people.person.rank'),
              numeric: true,
              render: (g) => (g.rank ? t('people.person.rankOf', { rank: n(g.rank), players: n(g.players) }) : '—'),
            },
            { key: 'answered', header: t('people.person.answered'), numeric: true, render: (g) => n(g.answered) },
          ]}
        />
      </Section>
      <Section title={t('people.person.contests')} card testId="person-contests">
        <DataTable
          rows={record.contests}
          rowKey={(c) => c.contestId}
          empty={t('people.person.noContests')}
          columns={[
            { key: 'title', header: t('people.person.contest'), rowHeader: true, render: (c) => c.title },
            { key: 'attempts', header: t('people.person.attempts'), numeric: true, render: (c) => n(c.attempts) },
            {
              key: 'best',
              header: t('people.person.bestScore'),
              numeric: true,
              render: (c) =>
                c.bestScore === null
                  ? '—'
                  : c.maxScore === null
                    ? n(c.bestScore)
                    : `${n(c.bestScore)} / ${n(c.maxScore)}`,
            },
            {
              key: 'prize',
              header: t('people.person.prize'),
              render: (c) =>
                c.disqualified ? (
                  <span className="badge badge-demo">{t('people.person.disqualified')}</span>
                ) : (
                  (c.prize ?? '—')
                ),
            },
          ]}
        />
      </Section>
    </>
  );
}
