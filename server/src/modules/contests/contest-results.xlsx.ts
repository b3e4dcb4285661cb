import { addTableSheet, createWorkbook, workbookBuffer } from '../../common/xlsx/xlsx-workbook.js';
import type { ContestResults, QuestionStat } from './contest-results.service.js';

const CRITERION_LABEL: Record<string, string> = {
  SCORE: 'Điểm',
  PREDICTION: 'Dự đoán',
  DURATION: 'Thời gian làm bài',
  SUBMITTED_AT: 'Thời điểm nộp bài',
};

/**
 * The results workbook (Vietnamese headers): entrants with masked phones and whether
 * they are verified, winners with the tie-break evidence, per-question statistics, unit
 * results through the one participation definition (verified count, unverified apart,
 * the kind and its source, the formula).
 */
export function writeContestResultsXlsx(
  results: ContestResults,
  questions: QuestionStat[],
  kindLabels: ReadonlyMap<string, string> = new Map(),
): Promise<Buffer> {
  const workbook = createWorkbook();
  const entrants = addTableSheet(workbook, 'Thí sinh', [
    { header: 'Hạng', key: 'rank', width: 8 },
    { header: 'Họ và tên', key: 'fullName', width: 28 },
    { header: 'Năm sinh', key: 'birthYear', width: 10 },
    { header: 'Đơn vị', key: 'unitName', width: 30 },
    { header: 'Điện thoại', key: 'phoneMasked', width: 14 },
    { header: 'Xác minh theo danh sách', key: 'verifiedLabel', width: 16 },
    { header: 'Điểm', key: 'score', width: 10 },
    { header: 'Số câu đúng', key: 'correctCount', width: 12 },
    { header: 'Thời gian (giây)', key: 'seconds', width: 14 },
    { header: 'Dự đoán', key: 'prediction', width: 10 },
    { header: 'Chênh lệch dự đoán', key: 'predictionDistance', width: 18 },
    { header: 'Xếp sau người trên vì', key: 'decidedBy', width: 22 },
    { header: 'Số lượt thi', key: 'attemptsUsed', width: 12 },
    { header: 'Giải', key: 'prize', width: 18 },
    { header: 'Cần xem xét', key: 'flagged', width: 12 },
  ]);
  for (const r of results.individuals)
    entrants.addRow({
      ...r,
      seconds: Math.round(r.durationMs / 100) / 10,
      prediction: r.prediction ?? '',
      predictionDistance: r.predictionDistance ?? '',
      decidedBy: r.decidedBy ? CRITERION_LABEL[r.decidedBy] : '',
      prize: r.prize ?? '',
      flagged: r.flagged ? 'có' : '',
      verifiedLabel: r.verified ? 'đã xác minh' : 'chưa xác minh',
    });
  entrants.addRow({});
  entrants.addRow({
    fullName: `Số thực tế dùng cho câu dự đoán: ${results.actual ?? '—'}`,
  });

  const winners = addTableSheet(workbook, 'Giải cá nhân', [
    { header: 'Giải', key: 'prize', width: 18 },
    { header: 'Hạng', key: 'rank', width: 8 },
    { header: 'Họ và tên', key: 'fullName', width: 28 },
    { header: 'Đơn vị', key: 'unitName', width: 30 },
    { header: 'Xác minh theo danh sách', key: 'verifiedLabel', width: 16 },
    { header: 'Hơn người kế tiếp nhờ', key: 'decided', width: 22 },
    { header: 'Căn cứ', key: 'evidence', width: 60 },
  ]);
  for (const w of results.winners)
    winners.addRow({
      ...w,
      verifiedLabel: w.verified ? 'đã xác minh' : 'chưa xác minh',
      decided: w.decidedAgainstNext ? CRITERION_LABEL[w.decidedAgainstNext] : '',
    });

  const questionSheet = addTableSheet(workbook, 'Câu hỏi', [
    { header: 'Nội dung', key: 'prompt', width: 70 },
    { header: 'Mục', key: 'sectionTitle', width: 30 },
    { header: 'Số lần ra', key: 'asked', width: 10 },
    { header: 'Số lần trả lời', key: 'answered', width: 14 },
    { header: 'Tỷ lệ đúng (%)', key: 'correctPercent', width: 14 },
  ]);
  for (const q of questions)
    questionSheet.addRow({
      ...q,
      sectionTitle: q.sectionTitle ?? '',
      correctPercent: Math.round(q.correctShare * 1000) / 10,
    });

  const units = addTableSheet(workbook, 'Đơn vị', [
    { header: 'Hạng', key: 'rank', width: 8 },
    { header: 'Mã', key: 'unitCode', width: 12 },
    { header: 'Đơn vị', key: 'unitName', width: 32 },
    { header: 'Số người đã xác minh dự thi', key: 'entrants', width: 16 },
    { header: 'Thí sinh chưa xác minh (không tính)', key: 'unverified', width: 18 },
    { header: 'Loại đối tượng', key: 'kindLabel', width: 22 },
    { header: 'Số đối tượng', key: 'eligiblePopulation', width: 14 },
    { header: 'Nguồn số đối tượng', key: 'sourceLabel', width: 24 },
    { header: 'Tỷ lệ tham gia (%)', key: 'participationPercent', width: 18 },
    { header: 'Điểm trung bình', key: 'averageScore', width: 16 },
    { header: 'Điểm giải', key: 'prizePoints', width: 12 },
    { header: 'Điểm giải tập thể', key: 'prizeScore', width: 16 },
  ]);
  for (const u of results.units)
    units.addRow({
      ...u,
      kindLabel: kindLabels.get(u.populationKind) ?? u.populationKind,
      sourceLabel: u.populationSource === 'ROSTER' ? 'danh sách' : 'khai báo, chưa xác minh',
      participationPercent: Math.round(u.participationRate * 1000) / 10,
      averageScore: Math.round(u.averageScore * 10) / 10,
    });
  units.addRow({});
  units.addRow({ unitName: results.participationFormula });
  units.addRow({
    unitName: `Thí sinh đã xác minh: ${results.verifiedEntrants}; chưa xác minh (không tính cho đơn vị): ${results.unverifiedEntrants}`,
  });
  return workbookBuffer(workbook);
}
