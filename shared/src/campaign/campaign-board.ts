import { z } from 'zod';
import type { SocketRefusal } from '../realtime/socket-refusal.js';
import type { TieRule } from './campaign-enums.js';

/** socket.io namespace of the read-only campaign board (big screen). */
export const CAMPAIGN_BOARD_NAMESPACE = '/campaign-board';

export const campaignBoardSubscribeSchema = z.object({ campaignId: z.uuid() }).strict();
export type CampaignBoardSubscribe = z.infer<typeof campaignBoardSubscribeSchema>;

export interface CampaignBoardRow {
  rank: number;
  unitId: string;
  unitCode: string;
  unitName: string;
  /** The total the unit is ranked by (after a late deduction). */
  total: number;
  titleName: string | null;
  /** The sheet's status in words ("Đã thẩm định", "Đã công bố"). */
  statusLabel: string;
  /** Points taken off by the period's late rule (0 when on time). */
  lateDeduction: number;
}

/**
 * A unit listed after the ranked rows of its block, not ranked: marked (không nộp /
 * không xét), the organiser, or late under the NOT_RANKED rule. The board shows the
 * label, never the reviewer's reason or the scores.
 */
export interface CampaignBoardUnrankedRow {
  unitId: string;
  unitCode: string;
  unitName: string;
  reason: 'NOT_SUBMITTED' | 'NOT_CONSIDERED' | 'ORGANIZER' | 'LATE';
  /** e.g. "Không nộp", "Đơn vị tổ chức – không xếp hạng". */
  label: string;
  statusLabel: string;
}

export interface CampaignBoardBlock {
  blockId: string;
  name: string;
  /** The criteria set the block is scored by (blocks may have different ones). */
  criteriaSetName: string;
  rows: CampaignBoardRow[];
  unranked: CampaignBoardUnrankedRow[];
}

export interface CampaignBoardSnapshot {
  campaignId: string;
  campaignTitle: string;
  periodId: string | null;
  periodName: string | null;
  // No `source`: the board shows only published results, what unit officers may read (issue 16).
  tieRule: TieRule;
  tieRuleText: string;
  /**
   * The campaign was created before rosters and has computed indicators: their figures
   * were counted as then (every participant), and the board labels them so.
   */
  countedBeforeRosters?: boolean;
  blocks: CampaignBoardBlock[];
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
