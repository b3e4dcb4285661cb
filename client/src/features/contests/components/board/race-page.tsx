import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { formatNumber } from '../../../../lib/format';
import { PublicContestDocument } from '../../graphql/contests.documents';
import { useContestRace } from '../../hooks/use-contest-race';
import { JoinQr } from './join-qr';
import { RaceBars } from './race-bars';
import { raceLevels } from './race-levels';

/**
 * `/board/contest/:id`: the unit participation race on a projector (1920×1080 and
 * 1024×768). One level per ranking (schools, TDPs, blocks, the ward), picked by tab;
 * bars on a 0–100 % scale, sorted by participation rate, the formula on screen, live over
 * socket.io; runs unattended for hours and never shows a dead page.
 */
export function RacePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const race = useContestRace(id);
  const [info, refetchInfo] = useQuery({
    query: PublicContestDocument,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const codes = useMemo(() => new Map((info.data?.contest.units ?? []).map((u) => [u.id, u.code])), [info.data]);
  const snapshot = race.snapshot;
  const title = snapshot?.title ?? info.data?.contest.title ?? t('contests.race.title');

  // The unit codes come over GraphQL; retry until they do (the server may be restarting).
  useEffect(() => {
    if (!info.error) return;
    const timer = setTimeout(() => refetchInfo({ requestPolicy: 'network-only' }), 5000);
    return () => clearTimeout(timer);
  }, [info.error, refetchInfo]);

  useEffect(() => {
    document.title = `${title} · ${t('contests.race.title')}`;
  }, [title, t]);

  const levels = useMemo(() => raceLevels(snapshot?.units ?? []), [snapshot]);
  // `?level=SCHOOL` pins a hall screen to one ranking; the tabs switch it.
  const [search] = useSearchParams();
  const [chosen, setChosen] = useState<string | null>(search.get('level'));
  const level = levels.find((l) => l.level === chosen) ?? levels[0];
  const rows = level?.rows ?? [];
  // The short link a resident can type (/c/tim-hieu-nq), the UUID one for a contest without a slug.
  const slug = info.data?.contest.slug;
  const joinUrl = `${window.location.origin}${slug ? `/c/${slug}` : `/contest/${id}`}`;

  return (
    <div className="race" data-testid="contest-race">
      {race.status === 'reconnecting' && (
        <div className="race__reconnecting" role="status" aria-live="polite" data-testid="reconnecting">
          <span className="spinner spinner--small" aria-hidden="true" /> {t('contests.race.reconnecting')}
        </div>
      )}
      <header className="race__head">
        <div className="race__titles">
          <p className="race__kicker">
            <span className="brand__mark" aria-hidden="true">
              ★
            </span>{' '}
            {t('contests.race.title')}
          </p>
          {/* A long title wraps in smaller type (two lines), never cut: it leaves the rows their room. */}
          <h1 className="race__title" data-long={title.length > 48 || undefined}>
            {title}
          </h1>
          <p className="race__formula" data-testid="race-formula">
            {t('contests.race.formula')}
          </p>
        </div>
        <div className="race__side">
          {snapshot && (
            <p className="race__total" data-testid="race-total">
              <strong>{formatNumber(snapshot.totalEntrants, i18n.language)}</strong>
              <span>{t('contests.race.totalEntrants', { count: snapshot.totalEntrants })}</span>
              {snapshot.totalUnverified > 0 && (
                <span className="race__unverified" data-testid="race-unverified">
                  {t('contests.race.unverified', { count: snapshot.totalUnverified })}
                </span>
              )}
            </p>
          )}
          <JoinQr url={joinUrl} label={t('contests.race.join')} />
        </div>
      </header>

      {snapshot?.frozen && (
        <p className="race__frozen" role="status" data-testid="race-frozen">
          {t('contests.race.frozen')}
        </p>
      )}

      {!snapshot ? (
        <p className="race__waiting" role="status">
          <span className="spinner" aria-hidden="true" />{' '}
          {race.error === 'CONTEST_NOT_FOUND' ? t('contests.race.notFound') : t('contests.race.connecting')}
        </p>
      ) : rows.length === 0 ? (
        <p className="race__waiting">{t('contests.race.noUnits')}</p>
      ) : (
        <>
          {levels.length > 1 && (
            <div className="race__levels" role="tablist" aria-label={t('contests.race.levels')}>
              {levels.map((l) => (
                <button
                  key={l.level}
                  type="button"
                  role="tab"
                  aria-selected={l.level === level?.level}
                  className="race__level"
                  data-testid={`race-level-${l.level}`}
                  onClick={() => setChosen(l.level)}
                >
                  {t('contests.race.byLevel', { level: t(`unitKind.${l.level}`, { defaultValue: l.level }) })}
                </button>
              ))}
            </div>
          )}
          <RaceBars rows={rows} codes={codes} at={snapshot.at} />
        </>
      )}
      <footer className="race__foot">
        <span data-testid="race-join-url">
          {t('contests.race.joinAt', { url: joinUrl.replace(/^https?:\/\//u, '') })}
        </span>
        {snapshot && (
          <span>
            {t('contests.race.updated', {
              time: new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', { timeStyle: 'medium' }).format(
                snapshot.at,
              ),
            })}
          </span>
        )}
      </footer>
    </div>
  );
}
