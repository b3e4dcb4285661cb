import { Role } from '@thidua/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Dialog } from '../../../components/dialog';
import { FormError } from '../../../components/form-error';
import {
  Alert,
  Button,
  buttonClass,
  ErrorState,
  FormActions,
  LoadingState,
  Page,
  Section,
} from '../../../components/ui';
import { downloadWithSession } from '../../../lib/files';
import { useSession } from '../../../lib/session';
import { usePersonRecord } from '../hooks/use-person-record';
import { usePopulationKinds } from '../../../lib/population-kinds';
import { formatBirth } from '../utils/person-form-state';
import { unitResultsUrl } from '../utils/unit-results';
import { peopleErrorText } from '../utils/people-error-text';
import { PersonRecordTables } from './person-record-tables';
import { ReasonDialog } from './reason-dialog';

/** One person: their record for the organiser, and the requests the law gives them (export, erase). */
export function PersonPage() {
  const { personId = '' } = useParams();
  const { t } = useTranslation();
  const { user } = useSession();
  const isAdmin = user?.role === Role.ADMIN;
  const state = usePersonRecord(personId);
  const kinds = usePopulationKinds();
  const [erasing, setErasing] = useState(false);
  const [regenerating, setRegenerating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [resultsFailed, setResultsFailed] = useState(false);
  const { person, record } = state;

  const breadcrumb = [
    { label: t('people.nav'), to: '/admin/people' },
    ...(person ? [{ label: person.unit.name, to: `/admin/units/${person.unitId}/people` }] : []),
    { label: person?.erased ? t('people.erasedName') : (person?.fullName ?? t('people.person.title')) },
  ];

  if (!record) {
    return (
      <Page className="people-page" title={t('people.person.title')} breadcrumb={breadcrumb}>
        <ErrorState error={peopleErrorText(t, state.error)} onRetry={state.reload} />
        {!state.error && <LoadingState />}
      </Page>
    );
  }
  const p = record.person;

  return (
    <Page
      className="people-page"
      testId="person-page"
      title={p.erased ? t('people.erasedName') : p.fullName}
      lead={p.erased ? t('people.person.erasedLead') : t('people.person.lead')}
      breadcrumb={breadcrumb}
    >
      {notice && <Alert tone="success">{notice}</Alert>}
      <Section title={t('people.person.facts')} card>
        <dl className="person-facts">
          <div>
            <dt>{t('people.col.kind')}</dt>
            <dd>{kinds.label(p.kind)}</dd>
          </div>
          <div>
            <dt>{t('people.person.unit')}</dt>
            <dd>
              <Link to={`/admin/units/${p.unitId}/people`}>{p.unit.name}</Link>
            </dd>
          </div>
          <div>
            <dt>{t('people.col.subUnit')}</dt>
            <dd>{p.subUnit || '—'}</dd>
          </div>
          <div>
            <dt>{t('people.col.birth')}</dt>
            <dd>{formatBirth(p.birthDate, p.birthYear)}</dd>
          </div>
          <div>
            <dt>{t('people.col.phone')}</dt>
            <dd className="people-phone">{p.phoneMasked ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('people.col.code')}</dt>
            <dd className="person-code" data-testid="person-code">
              {p.personalCode ?? '—'}
            </dd>
          </div>
        </dl>
        {state.revealed && (
          <Alert
            tone="info"
            testId="person-phone-revealed"
            actions={
              <Button size="small" onClick={state.hideRevealed}>
                {t('people.person.hidePhone')}
              </Button>
            }
          >
            {t('people.person.phoneIs')} <strong className="person-revealed">{state.revealed}</strong>
            <br />
            {t('people.person.phoneLogged')}
          </Alert>
        )}
        <FormError message={peopleErrorText(t, state.revealState.error ?? state.exportError)} />
        {!p.erased && (
          <div className="person-actions">
            {isAdmin && p.phoneMasked && !state.revealed && (
              <Button
                data-testid="person-reveal-phone"
                busy={state.revealState.fetching}
                onClick={() => void state.revealPhone()}
              >
                {t('people.person.revealPhone')}
              </Button>
            )}
            <Button data-testid="person-regenerate" onClick={() => setRegenerating(true)}>
              {t('people.person.regenerate')}
            </Button>
            {p.personalCode && (
              <Link
                className={buttonClass('secondary')}
                to={`/admin/units/${p.unitId}/people/codes${p.subUnit ? `?subUnit=${encodeURIComponent(p.subUnit)}` : ''}`}
              >
                {t('people.person.printCard')}
              </Link>
            )}
          </div>
        )}
        {isAdmin && p.phoneMasked && !p.erased && <p className="field__hint">{t('people.person.revealHint')}</p>}
      </Section>
      <PersonRecordTables record={record} />
      <Section title={t('people.person.dataTitle')} card testId="person-data">
        <p>{t('people.person.dataLead')}</p>
        <div className="person-actions">
          <Button
            onClick={() => {
              setResultsFailed(false);
              downloadWithSession(unitResultsUrl(p.unitId), 'ket-qua-ca-nhan.xlsx').catch(() => setResultsFailed(true));
            }}
            data-testid="person-unit-results"
          >
            {t('people.person.unitResults')}
          </Button>
          {isAdmin && (
            <Button data-testid="person-export" busy={state.exporting} onClick={state.exportData}>
              {t('people.person.export')}
            </Button>
          )}
          {isAdmin && !p.erased && (
            <Button variant="danger" data-testid="person-erase" onClick={() => setErasing(true)}>
              {t('people.person.erase')}
            </Button>
          )}
        </div>
        {resultsFailed && <Alert tone="error">{t('people.person.downloadFailed')}</Alert>}
        {isAdmin && <p className="field__hint">{t('people.person.exportHint')}</p>}
      </Section>
      <ReasonDialog
        open={erasing}
        title={t('people.person.eraseTitle')}
        confirmLabel={t('people.person.eraseConfirm')}
        busyLabel={t('common.deleting')}
        acknowledge={t('people.person.eraseAck')}
        busy={state.eraseState.fetching}
        error={state.eraseState.error}
        onConfirm={(reason) =>
          void state.erase(reason).then((ok) => {
            if (ok) {
              setErasing(false);
              setNotice(t('people.person.erased'));
            }
          })
        }
        onClose={() => setErasing(false)}
        testId="person-erase-dialog"
      >
        <p>{t('people.person.eraseBody', { name: p.fullName })}</p>
      </ReasonDialog>
      <Dialog
        open={regenerating}
        title={t('people.person.regenerateTitle')}
        onClose={() => setRegenerating(false)}
        size="sm"
        testId="person-regenerate-dialog"
      >
        <div className="form">
          <FormError message={peopleErrorText(t, state.regenerateState.error)} />
          <p>{t('people.person.regenerateBody')}</p>
          <FormActions>
            <Button onClick={() => setRegenerating(false)}>{t('common.cancel')}</Button>
            <Button
              variant="primary"
              data-testid="person-regenerate-confirm"
              busy={state.regenerateState.fetching}
              onClick={() =>
                void state.regenerate().then((ok) => {
                  if (ok) {
                    setRegenerating(false);
                    setNotice(t('people.person.regenerated'));
                  }
                })
              }
            >
              {t('people.person.regenerate')}
            </Button>
          </FormActions>
        </div>
      </Dialog>
    </Page>
  );
}
