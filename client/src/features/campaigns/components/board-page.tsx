import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCampaignBoard } from '../hooks/use-campaign-board';
import { BoardBlock } from './board/board-block';
import '../campaigns.css';

/**
 * `/board/campaign/:id`: the campaign's big screen. No sign-in; runs unattended:
 * socket.io reconnects forever with backoff, the page subscribes again after every
 * reconnect and keeps retrying a refused subscribe (`useCampaignBoard`), and it
 * always shows something.
 */
export function CampaignBoardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { status, board, problem, blocks, block, blockIndex, changeOf } = useCampaignBoard(id);

  useEffect(() => {
    document.title = board ? board.campaignTitle : t('app.name');
  }, [board, t]);

  return (
    <div className="board">
      {status === 'reconnecting' && (
        <div className="board__reconnecting" role="status" data-testid="reconnecting">
          <span className="spinner spinner--small" aria-hidden="true" /> {t('campaigns.board.reconnecting')}
        </div>
      )}
      {!board ? (
        <div className="board__center">
          <p className="board__brand">★ {t('app.name')}</p>
          <p className="board__message" role="status">
            <span className="spinner" aria-hidden="true" />{' '}
            {problem
              ? t(`campaigns.board.problem.${problem}`, { defaultValue: t('campaigns.board.waiting') })
              : t('campaigns.board.connecting')}
          </p>
        </div>
      ) : (
        <>
          <header className="board__head">
            <div>
              <p className="board__campaign">{board.campaignTitle}</p>
              <h1 className="board__block" data-testid="board-block-name">
                {block?.name ?? t('campaigns.board.noBlocks')}
              </h1>
            </div>
            <div className="board__meta">
              <span className="board__source" data-testid="board-source">
                {t('campaigns.board.source')}
              </span>
              {board.periodName && <span>{board.periodName}</span>}
              {block?.criteriaSetName && <span data-testid="board-criteria-set">{block.criteriaSetName}</span>}
            </div>
          </header>
          {block && <BoardBlock block={block} changeOf={changeOf} />}
          <footer className="board__foot">
            <span>{board.tieRuleText}</span>
            {board.countedBeforeRosters && (
              <span data-testid="board-counted-before-rosters">{t('campaigns.formula.countedBeforeRosters')}</span>
            )}
            {blocks.length > 1 && (
              <span className="board__dots" aria-hidden="true">
                {blocks.map((b, n) => (
                  <span key={b.blockId} className={n === blockIndex ? 'is-on' : ''} />
                ))}
              </span>
            )}
            <span>{t('campaigns.board.updated', { time: new Date(board.at).toLocaleTimeString('vi-VN') })}</span>
          </footer>
        </>
      )}
    </div>
  );
}
