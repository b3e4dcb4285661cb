import type {
  CampaignBoardAck,
  CampaignBoardClientEvents,
  CampaignBoardServerEvents,
  CampaignBoardSnapshot,
} from '@thidua/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Socket } from 'socket.io-client';
import {
  createAppSocket,
  emitWithAck,
  useSocketSubscription,
  type ConnectionStatus,
} from '../../../lib/use-socket-subscription';
import { boardChanges, type BoardChange } from '../utils/board-changes';

/** Same as CAMPAIGN_BOARD_NAMESPACE in shared; a literal so the screen's bundle does not pull zod. */
const NAMESPACE = '/campaign-board';
const ROTATE_MS = 15_000;
const RETRY_MS = [1000, 2000, 5000, 10_000, 20_000];
/** How long the most improved units stay highlighted. */
const HIGHLIGHT_MS = 30_000;

type BoardSocket = Socket<CampaignBoardServerEvents, CampaignBoardClientEvents>;
type Block = CampaignBoardSnapshot['blocks'][number];

export interface CampaignBoard {
  status: ConnectionStatus;
  board: CampaignBoardSnapshot | null;
  /** Why there is no board yet: a refusal reason or `TIMEOUT`. */
  problem: string | null;
  /** The blocks the screen rotates through, and the one on screen. */
  blocks: Block[];
  block: Block | null;
  blockIndex: number;
  /** A unit's movement since the previous snapshot, while its highlight lasts. */
  changeOf: (unitId: string) => BoardChange | undefined;
}

/**
 * The campaign board on a big screen: the live feed over `/campaign-board` (on the
 * shared subscribe loop, so it survives server restarts and bad Wi-Fi), the
 * highlights of what moved, and the rotation through the blocks, which jumps to
 * where the biggest gain happened.
 */
export function useCampaignBoard(campaignId: string): CampaignBoard {
  const [board, setBoard] = useState<CampaignBoardSnapshot | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [changes, setChanges] = useState<{ at: number; byUnit: Map<string, BoardChange> }>({
    at: 0,
    byUnit: new Map(),
  });
  const [blockIndex, setBlockIndex] = useState(0);
  const [rotateKey, setRotateKey] = useState(0);
  const previous = useRef<CampaignBoardSnapshot | null>(null);

  const apply = (snapshot: CampaignBoardSnapshot) => {
    const moved = boardChanges(previous.current, snapshot);
    previous.current = snapshot;
    setBoard(snapshot);
    setProblem(null);
    if (!moved) return;
    setChanges({ at: Date.now(), byUnit: moved.byUnit });
    // Show where it moved right away.
    if (moved.bestBlock >= 0) {
      setBlockIndex(moved.bestBlock);
      setRotateKey((k) => k + 1);
    }
  };

  const { status } = useSocketSubscription<BoardSocket, CampaignBoardAck>({
    key: campaignId,
    createSocket: () => createAppSocket<BoardSocket>(NAMESPACE),
    subscribe: (socket) => emitWithAck<CampaignBoardAck>(socket, 'subscribe', { campaignId }),
    onAck: (ack) => {
      if (ack.ok) {
        apply(ack.board);
        return 'done';
      }
      setProblem(ack.reason);
      return 'retry';
    },
    onTimeout: () => setProblem('TIMEOUT'),
    listen: (socket) =>
      socket.on('board', (snapshot) => {
        if (snapshot.campaignId === campaignId) apply(snapshot);
      }),
    retryDelaysMs: RETRY_MS,
  });

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

  const shown = Math.min(blockIndex, blocks.length - 1);
  return {
    status,
    board,
    problem,
    blocks,
    block: blocks.length > 0 ? blocks[shown] : null,
    blockIndex: shown,
    changeOf: (unitId) => (highlightOn ? changes.byUnit.get(unitId) : undefined),
  };
}
