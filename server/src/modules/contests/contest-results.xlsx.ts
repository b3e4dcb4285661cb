import { addTableSheet, createWorkbook, workbookBuffer } from '../../common/xlsx/xlsx-workbook.js';
import type { ContestResults, QuestionStat } from './contest-results.service.js';

const CRITERION_LABEL: Record<string, string> = {
  SCORE: 'Điểm',
  PREDICTION: 'Dự đoán',
  DURATION: 'Thời gian làm bài',
  SUBMITTED_AT: 'Thời điểm nộp bài',
};

/**
 * The results workbook (Vietnamese headers): entrants with masked phones, winners
 * with the tie-break evidence, per-question statistics, unit results.
 */
export function writeContestResultsXlsx(results: ContestResults, questions: QuestionStat[]): Promise<Buffer> {
  const workbook = createWorkbook();
  const entrants = addTableSheet(workbook, 'Thí sinh', [
    { header: 'Hạng', key: 'rank', width: 8 },
    { header: 'Họ và tên', key: 'fullName', width: 28 },
    { header: 'Năm sinh', key: 'birthYear', width: 10 },
    { header: 'Đơn vị', key: 'unitName', width: 30 },
    { header: 'Điện thoại', key: 'phoneMasked', width: 14 },
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
    { header: 'Hơn người kế tiếp nhờ', key: 'decided', width: 22 },
    { header: 'Căn cứ', key: 'evidence', width: 60 },
  ]);
  for (const w of results.winners)
    winners.addRow({ ...w, decided: w.decidedAgainstNext ? CRITERION_LABEL[w.decidedAgainstNext] : '' });

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
    { header: 'Số người dự thi', key: 'entrants', width: 14 },
    { header: 'Số đối tượng', key: 'eligiblePopulation', width: 14 },
    { header: 'Tỷ lệ tham gia (%)', key: 'participationPercent', width: 18 },
    { header: 'Điểm trung bình', key: 'averageScore', width: 16 },
    { header: 'Điểm giải', key: 'prizePoints', width: 12 },
    { header: 'Điểm giải tập thể', key: 'prizeScore', width: 16 },
  ]);
  for (const u of results.units)
    units.addRow({
      ...u,
      participationPercent: Math.round(u.participationRate * 1000) / 10,
      averageScore: Math.round(u.averageScore * 10) / 10,
    });
  return workbookBuffer(workbook);
}
