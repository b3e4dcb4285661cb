import type { CampaignBoardBlock, CampaignBoardRow, CampaignBoardUnrankedRow } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import type { BoardChange } from '../../utils/board-changes';
import { formatScore } from '../../utils/campaign-model';

interface BoardBlockProps {
  block: CampaignBoardBlock;
  changeOf: (unitId: string) => BoardChange | undefined;
}

/**
 * One block's ranking on the big screen: a row per ranked unit, then the units
 * listed but not ranked (không nộp, không xét, the organiser, late) with their
 * label and no rank; at least five rows tall.
 */
export function BoardBlock({ block, changeOf }: BoardBlockProps) {
  const { t } = useTranslation();
  const unranked = block.unranked ?? [];
  const n = Math.max(block.rows.length + unranked.length, 5);
  return (
    <section className="board__rows" data-testid="board-block" data-block={block.blockId} aria-label={block.name}>
      {block.rows.length === 0 && unranked.length === 0 && <p className="board__empty">{t('campaigns.board.empty')}</p>}
      {block.rows.map((row, index) => (
        <BoardRowView key={row.unitId} row={row} index={index} rows={n} change={changeOf(row.unitId)} />
      ))}
      {unranked.map((row, index) => (
        <BoardUnrankedRow key={row.unitId} row={row} index={block.rows.length + index} rows={n} />
      ))}
    </section>
  );
}

function BoardRowView({
  row,
  index,
  rows,
  change,
}: {
  row: CampaignBoardRow;
  index: number;
  rows: number;
  change: BoardChange | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div
      className={`board-row${change?.best ? ' is-best' : ''}${index === 0 ? ' is-first' : ''}`}
      style={{ top: `${(index * 100) / rows}%`, height: `${100 / rows}%` }}
      data-testid={`board-row-${row.unitCode}`}
      data-rank={row.rank}
    >
      <span className="board-row__rank">{row.rank}</span>
      <span className="board-row__name">
        {row.unitName}
        {row.titleName && <span className="board-row__title">★ {row.titleName}</span>}
        {row.lateDeduction > 0 && (
          <span className="board-row__late" data-testid={`board-late-${row.unitCode}`}>
            {t('campaigns.board.lateDeduction', { points: formatScore(row.lateDeduction, 'vi') })}
          </span>
        )}
      </span>
      <span className="board-row__change">
        {change && change.deltaRank > 0 && <span className="board-up">▲ {change.deltaRank}</span>}
        {change && change.deltaRank < 0 && <span className="board-down">▼ {-change.deltaRank}</span>}
        {change?.best && change.deltaTotal > 0 && (
          <span className="board-gain">
            {t('campaigns.board.gain', { points: formatScore(change.deltaTotal, 'vi') })}
          </span>
        )}
      </span>
      <span className="board-row__total" data-testid={`board-total-${row.unitCode}`}>
        {formatScore(row.total, 'vi')}
      </span>
    </div>
  );
}

/** A unit listed after the ranking: no rank, no total, the reason in words. */
function BoardUnrankedRow({ row, index, rows }: { row: CampaignBoardUnrankedRow; index: number; rows: number }) {
  const { t } = useTranslation();
  return (
    <div
      className="board-row is-unranked"
      style={{ top: `${(index * 100) / rows}%`, height: `${100 / rows}%` }}
      data-testid={`board-row-${row.unitCode}`}
      data-reason={row.reason}
    >
      <span className="board-row__rank" aria-hidden="true">
        –
      </span>
      <span className="board-row__name">{row.unitName}</span>
      {/* A marked sheet's status (often "Đang chấm") says nothing the mark does not. */}
      <span className="board-row__status">
        {row.reason === 'ORGANIZER' || row.reason === 'LATE' ? row.statusLabel : ''}
      </span>
      <span className="board-row__mark" data-testid={`board-mark-${row.unitCode}`}>
        {t(`campaigns.board.unranked.${row.reason}`, { defaultValue: row.label })}
      </span>
    </div>
  );
}
