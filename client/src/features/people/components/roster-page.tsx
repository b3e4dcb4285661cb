import { Role } from '@thidua/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert, Button, buttonClass, ErrorState, LoadingState, Page } from '../../../components/ui';
import { downloadWithSession } from '../../../lib/files';
import { formatNumber } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { DeletePersonDocument, PrivacySettingsDocument } from '../graphql/people.documents';
import { usePopulationKinds } from '../../../lib/population-kinds';
import { useRoster, type RosterPerson } from '../hooks/use-roster';
import { DataPurposeNote } from './data-purpose-note';
import { PersonFormDialog } from './person-form-dialog';
import { ReasonDialog } from './reason-dialog';
import { RosterCounts } from './roster-counts';
import { RosterImport } from './roster-import';
import { RosterTable } from './roster-table';
import { RosterToolbar } from './roster-toolbar';
import { unitResultsUrl } from '../utils/unit-results';

/** A unit's roster (danh sách): the people it counts, kept by the unit's officer or an admin. */
export function RosterPage() {
  const { unitId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const isAdmin = user?.role === Role.ADMIN;
  const roster = useRoster(unitId);
  const kinds = usePopulationKinds();
  const [privacy] = useQuery({ query: PrivacySettingsDocument, pause: !isAdmin });
  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<RosterPerson | null>(null);
  const [deleting, setDeleting] = useState<RosterPerson | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [deleted, deletePerson] = useMutation(DeletePersonDocument);
  const n = (value: number) => formatNumber(value, i18n.language);

  const unit = roster.unit;
  const defaultKind = unit?.populationKind ?? kinds.options[0]?.value ?? '';
  const subUnits = useMemo(
    () =>
      [...new Set(roster.items.map((p) => p.subUnit).filter(Boolean))].sort((a, b) =>
        a.localeCompare(b, 'vi', { numeric: true }),
      ),
    [roster.items],
  );
  const codesLink = `/admin/units/${unitId}/people/codes${roster.subUnit.trim() ? `?subUnit=${encodeURIComponent(roster.subUnit.trim())}` : ''}`;

  const [downloadFailed, setDownloadFailed] = useState(false);
  function downloadResults() {
    setDownloadFailed(false);
    downloadWithSession(unitResultsUrl(unitId), 'ket-qua-ca-nhan.xlsx').catch(() => setDownloadFailed(true));
  }

  const openForm = (person: RosterPerson | null) => {
    setEditing(person);
    setFormOpen(true);
    setNotice(null);
  };

  async function confirmDelete(reason: string) {
    if (!deleting) return;
    const result = await deletePerson({ id: deleting.id, reason });
    if (result.data?.deletePerson) {
      setNotice(t('people.roster.removed', { name: deleting.fullName }));
      setDeleting(null);
      roster.reload();
    }
  }

  if (roster.unitError && !unit) {
    return (
      <Page
        className="people-page"
        title={t('people.roster.title')}
        breadcrumb={[{ label: t('people.nav'), to: '/admin/people' }]}
      >
        <ErrorState error={roster.unitError} />
      </Page>
    );
  }

  return (
    <Page
      className="people-page"
      titleId="roster-title"
      testId="roster-page"
      title={unit ? t('people.roster.titleOf', { name: unit.name }) : t('people.roster.title')}
      lead={t('people.roster.lead')}
      breadcrumb={[{ label: t('people.nav'), to: '/admin/people' }, { label: unit?.name ?? t('people.roster.title') }]}
      actions={
        <>
          <Button data-testid="roster-results" onClick={downloadResults}>
            {t('people.roster.results')}
          </Button>
          <Link className={buttonClass('secondary')} to={codesLink} data-testid="roster-codes-link">
            {t('people.roster.printCodes')}
          </Link>
          <Button
            data-testid="roster-import-toggle"
            aria-expanded={importOpen}
            onClick={() => setImportOpen((open) => !open)}
          >
            {t('people.roster.import')}
          </Button>
          <Button variant="primary" data-testid="roster-add" onClick={() => openForm(null)}>
            + {t('people.roster.add')}
          </Button>
        </>
      }
    >
      <DataPurposeNote retentionMonths={privacy.data?.privacySettings.retentionMonths} />
      {unit && <RosterCounts populations={unit.populations} label={kinds.label} />}
      {importOpen && (
        <RosterImport
          unitId={unitId}
          onImported={() => {
            roster.reload();
          }}
        />
      )}
      <RosterToolbar roster={roster} kindOptions={kinds.options} subUnits={subUnits} />
      {downloadFailed && <Alert tone="error">{t('people.person.downloadFailed')}</Alert>}
      {notice && (
        <Alert tone="success" testId="roster-notice">
          {notice}
        </Alert>
      )}
      <ErrorState error={roster.error} onRetry={roster.reload} />
      {!roster.loaded && roster.fetching && <LoadingState />}
      {roster.loaded && (
        // While a new search is on its way the last list stays, dimmed.
        <div className={roster.fetching ? 'people-list is-stale' : 'people-list'} aria-busy={roster.fetching}>
          <p className="totals" data-testid="roster-total" aria-live="polite">
            <strong>
              {roster.filtered
                ? t('people.roster.totalFiltered', { count: roster.total, value: n(roster.total) })
                : t('people.roster.total', { count: roster.total, value: n(roster.total) })}
            </strong>
          </p>
          <RosterTable
            people={roster.items}
            unitId={unitId}
            kindLabel={kinds.label}
            onEdit={openForm}
            onDelete={(p) => {
              setDeleting(p);
              setNotice(null);
            }}
            empty={roster.filtered ? t('people.roster.noMatch') : t('people.roster.empty')}
          />
          {roster.total > roster.pageSize && (
            <nav className="people-pager" aria-label={t('people.roster.pages')}>
              <Button
                size="small"
                disabled={roster.offset === 0}
                onClick={() => roster.setOffset(Math.max(0, roster.offset - roster.pageSize))}
              >
                ‹ {t('people.roster.previous')}
              </Button>
              <span>
                {t('people.roster.range', {
                  from: n(roster.offset + 1),
                  to: n(Math.min(roster.total, roster.offset + roster.pageSize)),
                  total: n(roster.total),
                })}
              </span>
              <Button
                size="small"
                disabled={roster.offset + roster.pageSize >= roster.total}
                onClick={() => roster.setOffset(roster.offset + roster.pageSize)}
              >
                {t('people.roster.next')} ›
              </Button>
            </nav>
          )}
        </div>
      )}
      <PersonFormDialog
        open={formOpen}
        unitId={unitId}
        editing={editing}
        defaultKind={defaultKind}
        kindOptions={kinds.options}
        subUnits={subUnits}
        onClose={() => setFormOpen(false)}
        onSaved={() => {
          setNotice(editing ? t('people.roster.updated') : t('people.roster.created'));
          setFormOpen(false);
          roster.reload();
        }}
      />
      <ReasonDialog
        open={deleting !== null}
        title={t('people.roster.removeTitle')}
        confirmLabel={t('people.roster.remove')}
        busyLabel={t('common.deleting')}
        busy={deleted.fetching}
        error={deleted.error}
        onConfirm={(reason) => void confirmDelete(reason)}
        onClose={() => setDeleting(null)}
        testId="roster-delete-dialog"
      >
        <p>{t('people.roster.removeBody', { name: deleting?.fullName ?? '' })}</p>
      </ReasonDialog>
    </Page>
  );
}
