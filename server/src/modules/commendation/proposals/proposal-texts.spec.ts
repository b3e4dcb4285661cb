import { rankingAchievements, recordAchievements } from './proposal-texts.js';

describe('rankingAchievements', () => {
  it('names the campaign, period, year, block, rank and total (Vietnamese decimals)', () => {
    expect(
      rankingAchievements({
        campaignName: 'Dạy tốt, học tốt',
        periodName: 'Tổng kết',
        year: 2026,
        blockName: 'Khối Trường học',
        rank: 1,
        total: 96.5,
      }),
    ).toBe(
      'Đã có thành tích xuất sắc trong phong trào thi đua “Dạy tốt, học tốt” (Tổng kết) năm 2026, xếp thứ 1 khối Trường học với 96,5 điểm',
    );
  });

  it('does not repeat a year the campaign name states', () => {
    const text = rankingAchievements({
      campaignName: 'Thi đua năm 2026',
      periodName: '',
      year: 2026,
      blockName: 'Tổ dân phố',
      rank: 2,
      total: 80,
    });
    expect(text).toBe(
      'Đã có thành tích xuất sắc trong phong trào thi đua “Thi đua năm 2026”, xếp thứ 2 khối Tổ dân phố với 80 điểm',
    );
  });
});

describe('recordAchievements', () => {
  it('lists games and contests', () => {
    expect(
      recordAchievements(2026, {
        games: [{ title: 'Rung chuông vàng', rank: 1, players: 20 }],
        contests: [{ title: 'Tìm hiểu pháp luật', bestScore: 9.5, maxScore: 10 }],
      }),
    ).toBe(
      'Đã có thành tích tích cực tham gia các hoạt động thi đua năm 2026: buổi thi trực tiếp “Rung chuông vàng” (xếp thứ 1/20); cuộc thi “Tìm hiểu pháp luật” (đạt 9,5/10 điểm)',
    );
  });

  it('is empty without activity', () => {
    expect(recordAchievements(2026, { games: [], contests: [] })).toBe('');
  });
});
