import type {
  CampaignBoardAck,
  CampaignBoardClientEvents,
  CampaignBoardServerEvents,
  CampaignBoardSnapshot,
} from '@thidua/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { io, type Socket } from 'socket.io-client';
import { formatScore } from '../hooks/campaign-model';
import '../campaigns.css';

/** Same as CAMPAIGN_BOARD_NAMESPACE in shared; a literal so the screen's bundle does not pull zod. */
const NAMESPACE = '/campaign-board';
const ROTATE_MS = 15_000;
const RETRY_MS = [1000, 2000, 5000, 10_000, 20_000];
/** How long the most improved units stay highlighted. */
const HIGHLIGHT_MS = 30_000;

type BoardSocket = Socket<CampaignBoardServerEvents, CampaignBoardClientEvents>;
type Status = 'connecting' | 'connected' | 'reconnecting';

interface Change {
  deltaTotal: number;
  deltaRank: number;
  best: boolean;
}

/**
 * `/board/campaign/:id`: the campaign's big screen. No sign-in; runs unattended:
 * socket.io reconnects forever with backoff, the page subscribes again after every
 * reconnect and keeps retrying a refused subscribe, and it always shows something.
 */
export function CampaignBoardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('connecting');
  const [board, setBoard] = useState<CampaignBoardSnapshot | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [changes, setChanges] = useState<{ at: number; byUnit: Map<string, Change> }>({ at: 0, byUnit: new Map() });
  const [blockIndex, setBlockIndex] = useState(0);
  const [rotateKey, setRotateKey] = useState(0);
  const previous = useRef<CampaignBoardSnapshot | null>(null);

  useEffect(() => {
    const socket: BoardSocket = io(NAMESPACE, {
      transports: ['websocket'],
      autoConnect: false,
      reconnectionDelay: 1000,
      reconnectionDelayMax: 10_000,
      randomizationFactor: 0.5,
    });
    let disposed = false;
    let attempt = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;

    const apply = (snapshot: CampaignBoardSnapshot) => {
      const before = previous.current;
      previous.current = snapshot;
      setBoard(snapshot);
      setProblem(null);
      if (!before || before.periodId !== snapshot.periodId) return;
      // Compare with the previous snapshot: who gained points, who climbed.
      const old = new Map(before.blocks.flatMap((b) => b.rows.map((r) => [r.unitId, r] as const)));
      const byUnit = new Map<string, Change>();
      let bestDelta = 0;
      let bestBlock = -1;
      snapshot.blocks.forEach((b, n) =>
        b.rows.forEach((r) => {
          const was = old.get(r.unitId);
          const deltaTotal = was ? r.total - was.total : r.total;
          const deltaRank = was ? was.rank - r.rank : 0;
          if (deltaTotal !== 0 || deltaRank !== 0 || !was) byUnit.set(r.unitId, { deltaTotal, deltaRank, best: false });
          if (deltaTotal > bestDelta + 1e-9) {
            bestDelta = deltaTotal;
            bestBlock = n;
          }
        }),
      );
      if (bestDelta > 0) for (const c of byUnit.values()) c.best = Math.abs(c.deltaTotal - bestDelta) < 1e-9;
      setChanges({ at: Date.now(), byUnit });
      // Show where it moved right away.
      if (bestBlock >= 0) {
        setBlockIndex(bestBlock);
        setRotateKey((k) => k + 1);
      }
    };

    const subscribe = () => {
      clearTimeout(retry);
      if (!socket.connected) return;
      socket.timeout(8000).emit('subscribe', { campaignId: id }, (err: Error | null, ack: CampaignBoardAck) => {
        if (disposed) return;
        if (!err && ack.ok) {
          attempt = 0;
          apply(ack.board);
          return;
        }
        setProblem(err ? 'TIMEOUT' : ack.ok ? null : ack.reason);
        retry = setTimeout(subscribe, RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]);
      });
    };

    socket.on('connect', () => {
      setStatus('connected');
      attempt = 0;
      subscribe();
    });
    socket.on('disconnect', (reason) => {
      setStatus('reconnecting');
      if (reason === 'io server disconnect') setTimeout(() => !disposed && socket.connect(), 1000);
    });
    socket.on('connect_error', () => {
      setStatus((s) => (s === 'connecting' ? 'connecting' : 'reconnecting'));
      if (!socket.active) setTimeout(() => !disposed && socket.connect(), 3000);
    });
    socket.on('board', (snapshot) => {
      if (snapshot.campaignId === id) apply(snapshot);
    });
    socket.connect();
    return () => {
      disposed = true;
      clearTimeout(retry);
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [id]);

  // Rotate through the blocks that have results (all of them when none has).
  const blocks = useMemo(() => {
    const all = board?.blocks ?? [];
    const withRows = all.filter((b) => b.rows.length > 0);
    return withRows.length > 0 ? withRows : all;
  }, [board]);
  useEffect(() => {
    if (blocks.length <= 1) return;
    const timer = setInterval(() => setBlockIndex((i) => (i + 1) % blocks.length), ROTATE_MS);
    return () => clearInterval(timer);
  }, [blocks.length, rotateKey]);

  // Highlights fade after a while; the next change brings new ones.
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 5000);
    return () => clearInterval(timer);
  }, []);
  const highlightOn = Date.now() - changes.at < HIGHLIGHT_MS;

  useEffect(() => {
    document.title = board ? board.campaignTitle : t('app.name');
  }, [board, t]);

  const block = blocks.length > 0 ? blocks[Math.min(blockIndex, blocks.length - 1)] : null;

  return (
    <div className="board">
      {status === 'reconnecting' && (
        <div className="board__reconnecting" role="status" data-testid="reconnecting">
          <span className="spinner spinner--small" aria-hidden="true" /> {t('campaigns.board.reconnecting')}
        </div>
      )}
      {!board ? (
        <div className="board__center">
          <p className="board__brand">★ {t('app.name')}</p>
          <p className="board__message" role="status">
            <span className="spinner" aria-hidden="true" />{' '}
            {problem
              ? t(`campaigns.board.problem.${problem}`, { defaultValue: t('campaigns.board.waiting') })
              : t('campaigns.board.connecting')}
          </p>
        </div>
      ) : (
        <>
          <header className="board__head">
            <div>
              <p className="board__campaign">{board.campaignTitle}</p>
              <h1 className="board__block" data-testid="board-block-name">
                {block?.name ?? t('campaigns.board.noBlocks')}
              </h1>
            </div>
            <div className="board__meta">
              <span className="board__source" data-testid="board-source">
                {t(`campaigns.board.source.${board.source}`)}
              </span>
              {board.periodName && <span>{board.periodName}</span>}
            </div>
          </header>
          {block && (
            <section
              className="board__rows"
              data-testid="board-block"
              data-block={block.blockId}
              aria-label={block.name}
            >
              {block.rows.length === 0 && <p className="board__empty">{t(`campaigns.board.empty.${board.source}`)}</p>}
              {block.rows.map((row, index) => {
                const n = Math.max(block.rows.length, 5);
                const change = highlightOn ? changes.byUnit.get(row.unitId) : undefined;
                return (
                  <div
                    key={row.unitId}
                    className={`board-row${change?.best ? ' is-best' : ''}${index === 0 ? ' is-first' : ''}`}
                    style={{ top: `${(index * 100) / n}%`, height: `${100 / n}%` }}
                    data-testid={`board-row-${row.unitCode}`}
                    data-rank={row.rank}
                  >
                    <span className="board-row__rank">{row.rank}</span>
                    <span className="board-row__name">
                      {row.unitName}
                      {row.titleName && <span className="board-row__title">★ {row.titleName}</span>}
                    </span>
                    <span className="board-row__change">
                      {change && change.deltaRank > 0 && <span className="board-up">▲ {change.deltaRank}</span>}
                      {change && change.deltaRank < 0 && <span className="board-down">▼ {-change.deltaRank}</span>}
                      {change?.best && change.deltaTotal > 0 && (
                        <span className="board-gain">
                          {t('campaigns.board.gain', { points: formatScore(change.deltaTotal, 'vi') })}
                        </span>
                      )}
                    </span>
                    <span className="board-row__total" data-testid={`board-total-${row.unitCode}`}>
                      {formatScore(row.total, 'vi')}
                    </span>
                  </div>
                );
              })}
            </section>
          )}
          <footer className="board__foot">
            <span>{board.tieRuleText}</span>
            {blocks.length > 1 && (
              <span className="board__dots" aria-hidden="true">
                {blocks.map((b, n) => (
                  <span key={b.blockId} className={n === Math.min(blockIndex, blocks.length - 1) ? 'is-on' : ''} />
                ))}
              </span>
            )}
            <span>{t('campaigns.board.updated', { time: new Date(board.at).toLocaleTimeString('vi-VN') })}</span>
          </footer>
        </>
      )}
    </div>
  );
}
