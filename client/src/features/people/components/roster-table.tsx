import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, DataTable, type DataTableColumn } from '../../../components/ui';
import type { RosterPerson } from '../hooks/use-roster';
import { formatBirth } from '../utils/person-form-state';

interface RosterTableProps {
  people: readonly RosterPerson[];
  unitId: string;
  kindLabel: (kind: string) => string;
  onEdit: (person: RosterPerson) => void;
  onDelete: (person: RosterPerson) => void;
  empty: string;
}

/** The roster's people: name (to their page), kind, birth, class / TDP, masked phone, code, actions. */
export function RosterTable({ people, unitId, kindLabel, onEdit, onDelete, empty }: RosterTableProps) {
  const { t } = useTranslation();
  const columns: DataTableColumn<RosterPerson>[] = [
    {
      key: 'name',
      header: t('people.col.name'),
      rowHeader: true,
      render: (p) =>
        p.erased ? (
          <span className="muted">{t('people.erasedName')}</span>
        ) : (
          <Link to={`/admin/people/${p.id}`} data-testid="roster-person-link">
            {p.fullName}
          </Link>
        ),
    },
    { key: 'kind', header: t('people.col.kind'), render: (p) => kindLabel(p.kind) },
    { key: 'birth', header: t('people.col.birth'), render: (p) => formatBirth(p.birthDate, p.birthYear) },
    {
      key: 'subUnit',
      header: t('people.col.subUnit'),
      render: (p) => (
        <>
          {p.subUnit || '—'}
          {p.unitId !== unitId && <span className="people-sub-unit">{p.unit.name}</span>}
        </>
      ),
    },
    {
      key: 'phone',
      header: t('people.col.phone'),
      render: (p) => (p.phoneMasked ? <span className="people-phone">{p.phoneMasked}</span> : '—'),
    },
    {
      key: 'code',
      header: t('people.col.code'),
      render: (p) => (p.personalCode ? <code className="people-code">{p.personalCode}</code> : '—'),
    },
    {
      key: 'actions',
      header: <span className="sr-only">{t('people.col.actions')}</span>,
      render: (p) =>
        !p.erased && (
          <span className="people-row-actions">
            <Button size="small" variant="ghost" onClick={() => onEdit(p)} data-testid="roster-edit">
              {t('common.edit')}
              <span className="sr-only"> {p.fullName}</span>
            </Button>
            <Button size="small" variant="ghost" onClick={() => onDelete(p)} data-testid="roster-delete">
              {t('people.roster.remove')}
              <span className="sr-only"> {p.fullName}</span>
            </Button>
          </span>
        ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={people}
      rowKey={(p) => p.id}
      empty={empty}
      testId="roster-table"
      rowTestId={() => 'roster-row'}
      caption={<span className="sr-only">{t('people.roster.tableCaption')}</span>}
    />
  );
}
