import { addTableSheet, createWorkbook, workbookBuffer } from '../../common/xlsx/xlsx-workbook.js';
import type { LiveGameResultsModel } from './models/live-game.model.js';

const AGGREGATION_LABEL = {
  MEAN: 'Điểm trung bình của thành viên',
  PARTICIPATION_WEIGHTED: 'Điểm trung bình × tỷ lệ tham gia',
};

/** The results workbook: one sheet per player, per question and per unit, Vietnamese headers. */
export function writeLiveResultsXlsx(results: LiveGameResultsModel): Promise<Buffer> {
  const workbook = createWorkbook();
  const players = addTableSheet(workbook, 'Người dự thi', [
    { header: 'Hạng', key: 'rank', width: 8 },
    { header: 'Tên', key: 'name', width: 28 },
    { header: 'Đơn vị', key: 'unitName', width: 30 },
    { header: 'Điểm', key: 'score', width: 10 },
    { header: 'Số câu đúng', key: 'correctCount', width: 12 },
    { header: 'Số câu đã trả lời', key: 'answeredCount', width: 16 },
    { header: 'Xác minh', key: 'verifiedLabel', width: 16 },
  ]);
  results.players.forEach((p) =>
    players.addRow({ ...p, unitName: p.unitName ?? '', verifiedLabel: p.verified ? 'Danh sách' : 'Khách' }),
  );
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
    { header: 'Người tham gia được tính', key: 'verified', width: 22 },
    { header: 'Khách (không tính)', key: 'guests', width: 18 },
    { header: 'Đối tượng khác (không tính)', key: 'otherKinds', width: 24 },
    { header: 'Đối tượng', key: 'populationKind', width: 16 },
    { header: 'Số đối tượng', key: 'eligiblePopulation', width: 14 },
    { header: 'Nguồn số liệu', key: 'sourceLabel', width: 24 },
    { header: 'Tỷ lệ tham gia (%)', key: 'participationPercent', width: 18 },
    { header: 'Điểm trung bình', key: 'meanScore', width: 16 },
    { header: 'Điểm xếp hạng', key: 'score', width: 14 },
  ]);
  results.units.forEach((u) =>
    units.addRow({
      ...u,
      participationPercent: Math.round(u.participationRate * 1000) / 10,
      sourceLabel: u.populationSource === 'ROSTER' ? 'Danh sách (đã xác minh)' : 'Khai báo, chưa xác minh',
      meanScore: Math.round(u.meanScore * 10) / 10,
    }),
  );
  units.addRow({});
  units.addRow({ unitName: `Cách tính: ${AGGREGATION_LABEL[results.unitAggregation]}` });
  units.addRow({
    unitName:
      results.participationBasis === 'BEFORE_ROSTERS'
        ? 'Tỷ lệ tham gia = số người dự thi chọn đơn vị ÷ số đối tượng (tính trước khi có danh sách)'
        : 'Tỷ lệ tham gia = số người trong danh sách của đơn vị đã trả lời ít nhất một câu ÷ số đối tượng',
  });
  units.addRow({
    unitName: `Người dự thi được xác minh: ${results.verifiedPlayers}; khách: ${results.guests} (khách không được tính cho đơn vị)`,
  });
  return workbookBuffer(workbook);
}
