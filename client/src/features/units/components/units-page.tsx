import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../units.css';
import { Link } from 'react-router';
import { FormError } from '../../../components/form-error';
import { Loading } from '../../../components/loading';
import { Button, buttonClass, Page } from '../../../components/ui';
import { errorText } from '../../../lib/error-text';
import { canManageUnits } from '../../../lib/permissions';
import { useSession } from '../../../lib/session';
import { useUnitTreeFilter } from '../hooks/use-unit-tree-filter';
import { useUnits } from '../hooks/use-units';
import type { UnitItem } from '../utils/unit-tree';
import { DeleteUnitDialog } from './delete-unit-dialog';
import { UnitFormDialog } from './unit-form-dialog';
import { UnitTreeView } from './unit-tree-view';
import { UnitsToolbar } from './units-toolbar';
import { UnitsTotals } from './units-totals';

export function UnitsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const canManage = canManageUnits(user?.role);
  const canKeepRosters = user?.role === 'ADMIN' || user?.role === 'UNIT_OFFICER';
  const { units, fetching, error, loaded, reload } = useUnits();
  const tree = useUnitTreeFilter(units);
  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<UnitItem | null>(null);
  const [deleting, setDeleting] = useState<UnitItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const openForm = (unit: UnitItem | null) => {
    setEditing(unit);
    setFormOpen(true);
    setNotice(null);
  };
  const actions = canManage && (
    <>
      <Link className={buttonClass('secondary')} to="/units/import" data-testid="units-import-link">
        {t('units.import')}
      </Link>
      <Button variant="primary" data-testid="unit-create" onClick={() => openForm(null)}>
        + {t('units.create')}
      </Button>
    </>
  );

  return (
    <Page
      titleId="units-title"
      title={user?.role === 'UNIT_OFFICER' ? t('units.titleOwn') : t('units.title')}
      lead={t('units.lead')}
      actions={actions || undefined}
    >
      <UnitsToolbar tree={tree} hasUnits={units.length > 0} />
      {notice && (
        <div className="alert alert-success" role="status" data-testid="units-notice">
          {notice}
        </div>
      )}
      <FormError message={errorText(t, error)} />
      {loaded && <UnitsTotals tree={tree} unitCount={units.length} />}
      {!loaded && fetching && <Loading />}
      {loaded && units.length === 0 && <p className="empty">{t('units.empty')}</p>}
      {loaded && units.length > 0 && tree.shown.length === 0 && (
        <p className="empty" data-testid="units-no-match">
          {t('units.noMatch')}
        </p>
      )}
      {tree.shown.length > 0 && (
        <UnitTreeView
          nodes={tree.shown}
          collapsed={tree.collapsed}
          matched={tree.filter?.matched ?? null}
          onToggle={tree.toggle}
          canManage={canManage}
          canKeepRosters={canKeepRosters}
          onEdit={openForm}
          onDelete={(unit) => {
            setDeleting(unit);
            setNotice(null);
          }}
        />
      )}
      {canManage && (
        <>
          <UnitFormDialog
            open={formOpen}
            editing={editing}
            units={units}
            onClose={() => setFormOpen(false)}
            onSaved={() => {
              setNotice(editing ? t('units.updated') : t('units.created'));
              setFormOpen(false);
              reload();
            }}
          />
          <DeleteUnitDialog
            key={deleting?.id ?? 'none'}
            unit={deleting}
            onClose={() => setDeleting(null)}
            onDeleted={() => {
              setNotice(t('units.deleted', { name: deleting?.name ?? '' }));
              setDeleting(null);
              reload();
            }}
          />
        </>
      )}
    </Page>
  );
}
