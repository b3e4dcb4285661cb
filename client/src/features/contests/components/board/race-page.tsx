import type { RaceUnitRow } from '@thidua/shared';
import QRCode from 'qrcode';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { formatNumber } from '../../../../lib/format';
import { PublicContestDocument } from '../../graphql/contests.documents';
import { formatRate } from '../../hooks/contest-format';
import { useContestRace } from '../../hooks/use-contest-race';

/**
 * `/board/contest/:id`: the unit participation race on a projector (1920×1080 and
 * 1280×720). Bars sorted by participation rate, the formula on screen, live over
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

  const max = Math.max(0, ...(snapshot?.units ?? []).map((u) => u.participationRate));
  const rows = snapshot?.units ?? [];
  const twoColumns = rows.length > 12;
  const joinUrl = `${window.location.origin}/contest/${id}`;

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
          <h1 className="race__title">{title}</h1>
          <p className="race__formula" data-testid="race-formula">
            {t('contests.race.formula')}
          </p>
        </div>
        <div className="race__side">
          {snapshot && (
            <p className="race__total" data-testid="race-total">
              <strong>{formatNumber(snapshot.totalEntrants, i18n.language)}</strong>
              <span>{t('contests.race.totalEntrants', { count: snapshot.totalEntrants })}</span>
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
        <RaceBars rows={rows} max={max} codes={codes} twoColumns={twoColumns} at={snapshot.at} />
      )}
      <footer className="race__foot">
        <span>{t('contests.race.joinAt', { url: joinUrl.replace(/^https?:\/\//u, '') })}</span>
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

function RaceBars({
  rows,
  max,
  codes,
  twoColumns,
  at,
}: {
  rows: readonly RaceUnitRow[];
  max: number;
  codes: ReadonlyMap<string, string>;
  twoColumns: boolean;
  at: number;
}) {
  const { t, i18n } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const positions = useRef(new Map<string, number>());

  // FLIP: each row slides from where it stood on the previous snapshot.
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const items = Array.from(el.children) as HTMLElement[];
    const next = new Map<string, number>();
    for (const item of items) {
      const key = item.dataset.unit ?? '';
      const top = item.getBoundingClientRect().top;
      next.set(key, top);
      const before = positions.current.get(key);
      if (reduce || before === undefined || before === top) continue;
      item.style.transition = 'none';
      item.style.transform = `translateY(${before - top}px)`;
      void item.offsetHeight;
      item.style.transition = 'transform 900ms cubic-bezier(.2,.8,.2,1)';
      item.style.transform = '';
    }
    positions.current = next;
  }, [at]);

  return (
    <ol
      className={`race__list${twoColumns ? ' race__list--two' : ''}`}
      ref={list}
      style={{ ['--rows' as string]: twoColumns ? Math.ceil(rows.length / 2) : rows.length }}
    >
      {rows.map((row) => {
        const code = codes.get(row.unitId) ?? row.unitId;
        const width = max > 0 ? Math.max(row.participationRate > 0 ? 2 : 0, (row.participationRate / max) * 100) : 0;
        return (
          <li key={row.unitId} className="race-row" data-unit={row.unitId} data-testid={`race-row-${code}`}>
            <span className="race-row__rank">{row.rank}</span>
            <span className="race-row__name" title={row.unitName}>
              {row.unitName}
            </span>
            <span className="race-row__track" aria-hidden="true">
              <span className="race-row__bar" style={{ width: `${width}%` }} />
            </span>
            <span className="race-row__rate" data-testid={`race-rate-${code}`}>
              {formatRate(row.participationRate, i18n.language)}
            </span>
            <span className="race-row__count">
              {t('contests.race.count', {
                entrants: formatNumber(row.entrants, i18n.language),
                eligible: formatNumber(row.eligiblePopulation, i18n.language),
              })}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function JoinQr({ url, label }: { url: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 1, width: 320 })
      .then((data) => !cancelled && setSrc(data))
      .catch(() => !cancelled && setSrc(null));
    return () => {
      cancelled = true;
    };
  }, [url]);
  if (!src) return null;
  return (
    <figure className="race__qr">
      <img src={src} alt={label} />
      <figcaption>{label}</figcaption>
    </figure>
  );
}
