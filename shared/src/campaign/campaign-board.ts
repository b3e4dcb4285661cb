import { z } from 'zod';
import type { SocketRefusal } from '../realtime/socket-refusal.js';
import type { BoardSource, TieRule } from './campaign-enums.js';

/** socket.io namespace of the read-only campaign board (big screen). */
export const CAMPAIGN_BOARD_NAMESPACE = '/campaign-board';

export const campaignBoardSubscribeSchema = z.object({ campaignId: z.uuid() }).strict();
export type CampaignBoardSubscribe = z.infer<typeof campaignBoardSubscribeSchema>;

export interface CampaignBoardRow {
  rank: number;
  unitId: string;
  unitCode: string;
  unitName: string;
  total: number;
  titleName: string | null;
}

export interface CampaignBoardSnapshot {
  campaignId: string;
  campaignTitle: string;
  periodId: string | null;
  periodName: string | null;
  source: BoardSource;
  tieRule: TieRule;
  tieRuleText: string;
  /**
   * The campaign was created before rosters and has computed indicators: their figures
   * were counted as then (every participant), and the board labels them so.
   */
  countedBeforeRosters?: boolean;
  blocks: { blockId: string; name: string; rows: CampaignBoardRow[] }[];
  at: string;
}

export type CampaignBoardErrorReason = 'INVALID_PAYLOAD' | 'BOARD_NOT_FOUND' | 'RATE_LIMITED';
export type CampaignBoardAck = { ok: true; board: CampaignBoardSnapshot } | SocketRefusal<CampaignBoardErrorReason>;

/** Events the board server sends. */
export interface CampaignBoardServerEvents {
  board: (snapshot: CampaignBoardSnapshot) => void;
}

/** Events a board client sends. */
export interface CampaignBoardClientEvents {
  subscribe: (payload: CampaignBoardSubscribe, ack: (answer: CampaignBoardAck) => void) => void;
}
