import type { BoardSource, CampaignBoardRow } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import type { BoardChange } from '../../utils/board-changes';
import { formatScore } from '../../utils/campaign-model';

interface BoardBlockProps {
  block: { blockId: string; name: string; rows: CampaignBoardRow[] };
  source: BoardSource;
  changeOf: (unitId: string) => BoardChange | undefined;
}

/** One block's ranking on the big screen: a row per unit, at least five rows tall. */
export function BoardBlock({ block, source, changeOf }: BoardBlockProps) {
  const { t } = useTranslation();
  const n = Math.max(block.rows.length, 5);
  return (
    <section className="board__rows" data-testid="board-block" data-block={block.blockId} aria-label={block.name}>
      {block.rows.length === 0 && <p className="board__empty">{t(`campaigns.board.empty.${source}`)}</p>}
      {block.rows.map((row, index) => (
        <BoardRowView key={row.unitId} row={row} index={index} rows={n} change={changeOf(row.unitId)} />
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
