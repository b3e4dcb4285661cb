import { addTableSheet, createWorkbook, workbookBuffer } from '../../common/xlsx/xlsx-workbook.js';
import type { LiveGameResultsModel } from './models/live-game.model.js';

const AGGREGATION_LABEL = {
  MEAN: 'Điểm trung bình của thành viên',
  PARTICIPATION_WEIGHTED: 'Điểm trung bình × tỷ lệ tham gia',
};

/** The results workbook: one sheet per player, per question and per unit, Vietnamese headers. */
export function writeLiveResultsXlsx(results: LiveGameResultsModel): Promise<Buffer> {
  const workbook = createWorkbook();
  const players = addTableSheet(workbook, 'Người chơi', [
    { header: 'Hạng', key: 'rank', width: 8 },
    { header: 'Tên', key: 'name', width: 28 },
    { header: 'Đơn vị', key: 'unitName', width: 30 },
    { header: 'Điểm', key: 'score', width: 10 },
    { header: 'Số câu đúng', key: 'correctCount', width: 12 },
    { header: 'Số câu đã trả lời', key: 'answeredCount', width: 16 },
  ]);
  results.players.forEach((p) => players.addRow({ ...p, unitName: p.unitName ?? '' }));
  const questions = addTableSheet(workbook, 'Câu hỏi', [
    { header: 'Câu', key: 'number', width: 6 },
    { header: 'Nội dung', key: 'prompt', width: 60 },
    { header: 'Loại', key: 'type', width: 16 },
    { header: 'Số người trả lời', key: 'answered', width: 16 },
    { header: 'Tỷ lệ đúng (%)', key: 'correctPercent', width: 14 },
    { header: 'Thời gian trung bình (giây)', key: 'averageSeconds', width: 24 },
  ]);
  results.questions.forEach((q) =>
    questions.addRow({
      number: q.index + 1,
      prompt: q.prompt,
      type: q.type,
      answered: q.answered,
      correctPercent: Math.round(q.correctShare * 1000) / 10,
      averageSeconds: q.averageTimeMs === null ? '' : Math.round(q.averageTimeMs / 100) / 10,
    }),
  );
  const units = addTableSheet(workbook, 'Đơn vị', [
    { header: 'Hạng', key: 'rank', width: 8 },
    { header: 'Đơn vị', key: 'unitName', width: 32 },
    { header: 'Số người chơi', key: 'players', width: 14 },
    { header: 'Dân số/đối tượng', key: 'eligiblePopulation', width: 16 },
    { header: 'Tỷ lệ tham gia (%)', key: 'participationPercent', width: 18 },
    { header: 'Điểm trung bình', key: 'meanScore', width: 16 },
    { header: 'Điểm xếp hạng', key: 'score', width: 14 },
  ]);
  results.units.forEach((u) =>
    units.addRow({
      ...u,
      participationPercent: Math.round(u.participationRate * 1000) / 10,
      meanScore: Math.round(u.meanScore * 10) / 10,
    }),
  );
  units.addRow({});
  units.addRow({ unitName: `Cách tính: ${AGGREGATION_LABEL[results.unitAggregation]}` });
  return workbookBuffer(workbook);
}
