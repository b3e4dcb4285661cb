import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/ui';
import { onList, type CheckRow, type ProposalRow } from '../../utils/proposal-view';
import { ConditionList } from './condition-list';

export interface ProposalCardProps {
  proposal: ProposalRow;
  editable: boolean;
  withdrawable: boolean;
  onEdit: (p: ProposalRow) => void;
  onWithdraw: (p: ProposalRow) => void;
  onConfirm: (p: ProposalRow, check: CheckRow) => void;
}

/** One proposal: who, from where, its figures, its checklist, its achievements and what can be done with it. */
export function ProposalCard({
  proposal: p,
  editable,
  withdrawable,
  onEdit,
  onWithdraw,
  onConfirm,
}: ProposalCardProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const open = p.status === 'PROPOSED';
  const tone = p.conditionsMet === true ? 'met' : p.conditionsMet === false ? 'unmet' : 'open';
  return (
    <li className={`cm-proposal${onList(p) ? '' : ' cm-proposal--off'}`} data-testid={`proposal-${p.id}`}>
      <div className="cm-proposal__head">
        <strong className="cm-proposal__name">{p.recipientName}</strong>
        <span className={`badge cm-proposal-status cm-proposal-status--${p.status.toLowerCase()}`}>
          {t(`commendation.proposals.status.${p.status}`)}
        </span>
      </div>
      {p.recipientDetail && <p className="muted cm-proposal__detail">{p.recipientDetail}</p>}
      <p className="muted cm-proposal__source">
        {t(`commendation.proposals.source.${p.source}`)}
        {p.rank !== null && p.total !== null && (
          <> · {t('commendation.proposals.rankTotal', { rank: p.rank, total: number.format(p.total) })}</>
        )}
      </p>
      {p.conditions.length > 0 && (
        <p className={`cm-overall cm-overall--${tone}`}>
          {t(`commendation.proposals.overall.${String(p.conditionsMet)}`)}
        </p>
      )}
      <ConditionList checks={p.conditions} onConfirm={editable && open ? (check) => onConfirm(p, check) : undefined} />
      {p.achievements && <p className="cm-proposal__achievements">{p.achievements}</p>}
      {p.statusReason && (
        <p className="cm-proposal__reason">
          {t('commendation.proposals.reason')}: {p.statusReason}
        </p>
      )}
      {((editable && open) || (withdrawable && (open || p.status === 'PASSED'))) && (
        <div className="cm-proposal__actions">
          {editable && open && (
            <Button size="small" onClick={() => onEdit(p)}>
              {t('commendation.proposals.edit')}
            </Button>
          )}
          {withdrawable && (open || p.status === 'PASSED') && (
            <Button size="small" variant="danger" onClick={() => onWithdraw(p)}>
              {t('commendation.proposals.withdraw')}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
