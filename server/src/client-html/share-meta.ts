/**
 * Page title and Open Graph tags for the client's index.html. Crawlers (Zalo, Facebook) do not run the
 * client's JavaScript, so a shared link shows only what the served HTML says: the server puts the
 * contest's or board's real title there, HTML-escaped. A draft contest, and a campaign board the
 * board socket refuses (a draft campaign, or its board switched off), is named by no tag (a crawler
 * is anonymous): its link reads as the app's own, as an unknown one does.
 */
import type { DataSource } from 'typeorm';
import { campaignBoardPublic } from '../modules/campaigns/board/board-visibility.js';
import { Campaign } from '../modules/campaigns/entities/campaign.entity.js';
import { contestVisibleTo } from '../modules/contests/contest-visibility.js';
import { Contest } from '../modules/contests/entities/contest.entity.js';

export interface ShareMeta {
  title: string;
  description: string;
}

export const APP_NAME = 'thidua';
export const SHARE_IMAGE_PATH = '/og-image.png';
const DEFAULT_META: ShareMeta = {
  title: APP_NAME,
  description: 'Thi đua – Tuyên truyền Nghị quyết · Phường Hải An',
};
const LIVE_META: ShareMeta = {
  title: 'Thi trực tiếp',
  description: 'Nhập mã PIN trên màn hình chiếu hoặc quét mã QR để vào buổi thi trực tiếp.',
};
const DESCRIPTION_MAX = 200;
const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

type Lookup = (db: DataSource, key: string) => Promise<ShareMeta | null>;

const contestWhere =
  (by: 'id' | 'slug'): Lookup =>
  async (db, key) => {
    const contest = await db
      .getRepository(Contest)
      .findOne({ where: { [by]: key }, select: { title: true, rulesText: true, status: true } });
    if (!contest || !contestVisibleTo(contest.status, undefined)) return null;
    return {
      title: contest.title,
      description: summary(contest.rulesText) || 'Cuộc thi trực tuyến tìm hiểu Nghị quyết.',
    };
  };
const contestBoard: Lookup = async (db, id) => {
  const contest = await db.getRepository(Contest).findOne({ where: { id }, select: { title: true, status: true } });
  if (!contest || !contestVisibleTo(contest.status, undefined)) return null;
  return { title: contest.title, description: 'Tỷ lệ tham gia cuộc thi trực tuyến của các đơn vị.' };
};
const campaignBoard: Lookup = async (db, id) => {
  const campaign = await db
    .getRepository(Campaign)
    .findOne({ where: { id }, select: { title: true, status: true, boardEnabled: true } });
  // The board socket refuses a draft's board (or one switched off): its link reads as an unknown one.
  if (!campaign || !campaignBoardPublic(campaign)) return null;
  return { title: campaign.title, description: 'Bảng xếp hạng thi đua đã công bố của các đơn vị.' };
};

/** The player's addresses (a unit's QR code, a code card's), served by the player's own page, play.html. */
const PLAYER_PATH = /^\/(?:play|join)(?:\/.*)?$/;

export const isPlayerPath = (path: string): boolean => PLAYER_PATH.test(path);

/** Public pages whose link is shared; a new kind of link (e.g. a contest's short slug) is one more row. */
const ROUTES: { pattern: RegExp; lookup?: Lookup; fixed?: ShareMeta }[] = [
  { pattern: new RegExp(`^/contest/${UUID}(?:/.*)?$`, 'i'), lookup: contestWhere('id') },
  { pattern: /^\/c\/([a-z0-9-]{1,80})\/?$/i, lookup: contestWhere('slug') },
  { pattern: new RegExp(`^/board/contest/${UUID}/?$`, 'i'), lookup: contestBoard },
  { pattern: new RegExp(`^/board/campaign/${UUID}/?$`, 'i'), lookup: campaignBoard },
  { pattern: PLAYER_PATH, fixed: LIVE_META },
];

/** The title and description for a path: from the database for a contest or board, the app's own otherwise. */
export async function shareMetaFor(db: DataSource, path: string): Promise<ShareMeta> {
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (route.fixed) return route.fixed;
    const found = route.lookup ? await route.lookup(db, match[1].toLowerCase()) : null;
    return found ?? DEFAULT_META;
  }
  return DEFAULT_META;
}

/** index.html with its <title> replaced by the page's title and the Open Graph tags. */
export function renderShareMeta(html: string, meta: ShareMeta, origin: string, url: string): string {
  const title = meta.title === APP_NAME ? APP_NAME : `${meta.title} · ${APP_NAME}`;
  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="${APP_NAME}" />`,
    `<meta property="og:locale" content="vi_VN" />`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:url" content="${escapeHtml(origin + url)}" />`,
    `<meta property="og:image" content="${escapeHtml(origin + SHARE_IMAGE_PATH)}" />`,
    `<meta property="og:image:width" content="1200" />`,
    `<meta property="og:image:height" content="630" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
  ].join('\n    ');
  return html.replace(/<title>[^<]*<\/title>/, () => tags);
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The first lines of a text, whitespace folded, cut at a word under DESCRIPTION_MAX characters. */
function summary(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= DESCRIPTION_MAX) return flat;
  const cut = flat.slice(0, DESCRIPTION_MAX - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DESCRIPTION_MAX / 2))}…`;
}
