/** Drafts of the “Đã có thành tích …” line, which the organiser then edits. */

const numberVi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export interface RankingAchievement {
  campaignName: string;
  periodName: string;
  year: number;
  blockName: string;
  rank: number;
  total: number;
}

/** e.g. "Đã có thành tích xuất sắc trong phong trào thi đua “…” (Tổng kết) năm 2026, xếp thứ 1 khối Trường học với 96,5 điểm". */
export function rankingAchievements(a: RankingAchievement): string {
  const year = a.campaignName.includes(String(a.year)) ? '' : ` năm ${a.year}`;
  const period = a.periodName.trim() ? ` (${a.periodName.trim()})` : '';
  const block = a.blockName.replace(/^khối\s+/i, '').trim();
  return (
    `Đã có thành tích xuất sắc trong phong trào thi đua “${a.campaignName}”${period}${year}, ` +
    `xếp thứ ${a.rank} khối ${block} với ${numberVi.format(a.total)} điểm`
  );
}

export interface RecordActivity {
  games: { title: string; rank: number | null; players: number }[];
  contests: { title: string; bestScore: number | null; maxScore: number | null }[];
}

/** From a person's live games and contests of the year; empty when they took part in none. */
export function recordAchievements(year: number, activity: RecordActivity): string {
  const parts = [
    ...activity.games.map((g) =>
      g.rank === null
        ? `buổi thi trực tiếp “${g.title}”`
        : `buổi thi trực tiếp “${g.title}” (xếp thứ ${g.rank}/${g.players})`,
    ),
    ...activity.contests.map((c) =>
      c.bestScore === null || c.maxScore === null
        ? `cuộc thi “${c.title}”`
        : `cuộc thi “${c.title}” (đạt ${numberVi.format(c.bestScore)}/${numberVi.format(c.maxScore)} điểm)`,
    ),
  ];
  if (parts.length === 0) return '';
  return `Đã có thành tích tích cực tham gia các hoạt động thi đua năm ${year}: ${parts.join('; ')}`;
}
