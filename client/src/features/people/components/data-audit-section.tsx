import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DataTable, ErrorState, LoadingState, Section, SelectField } from '../../../components/ui';
import { DataAuditDocument } from '../graphql/people.documents';
import { peopleErrorText } from '../utils/people-error-text';
import { formatDateTime } from '../../../lib/format';

const AUDIT_LIMIT = 200;

function formatTime(iso: string): string {
  return formatDateTime(iso) || iso;
}

/**
 * An event's details in one line: its reason first, then the other fields (`created: 28`).
 * The details never hold a phone or a birth date (the server keeps them out).
 */
export function auditDetails(json: string): string {
  let details: unknown;
  try {
    details = JSON.parse(json);
  } catch {
    return '';
  }
  if (!details || typeof details !== 'object' || Array.isArray(details)) return '';
  const { reason, ...rest } = details as Record<string, unknown>;
  const parts = Object.entries(rest)
    .filter(([, v]) => v !== null && v !== undefined && typeof v !== 'object')
    .map(([k, v]) => `${k}: ${String(v)}`);
  if (Object.values(rest).some((v) => Array.isArray(v))) {
    for (const [k, v] of Object.entries(rest)) if (Array.isArray(v)) parts.push(`${k}: ${v.join(', ')}`);
  }
  return [typeof reason === 'string' ? `“${reason}”` : null, ...parts].filter(Boolean).join(' · ');
}

/** The data audit log of a unit: roster changes, population changes, phone reveals, exports, erasures. */
export function DataAuditSection({ unitOptions }: { unitOptions: readonly { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState('');
  const [result] = useQuery({
    query: DataAuditDocument,
    variables: { filter: { ...(unitId ? { unitId } : {}), limit: AUDIT_LIMIT } },
  });
  const events = result.data?.dataAudit ?? [];
  return (
    <Section title={t('people.audit.title')} card testId="data-audit">
      <p>{t('people.audit.lead')}</p>
      <div className="form-grid">
        <SelectField
          id="audit-unit"
          data-testid="audit-unit"
          fieldClassName="field--wide"
          label={t('people.audit.unit')}
          placeholder={t('people.audit.allUnits')}
          value={unitId}
          options={unitOptions}
          onChange={setUnitId}
        />
      </div>
      <ErrorState error={peopleErrorText(t, result.error)} />
      {!result.data && !result.error && <LoadingState />}
      {result.data && (
        <DataTable
          rows={events}
          rowKey={(e) => e.id}
          compact
          testId="audit-table"
          empty={t('people.audit.empty')}
          columns={[
            { key: 'at', header: t('people.audit.at'), render: (e) => formatTime(e.at) },
            {
              key: 'action',
              header: t('people.audit.action'),
              render: (e) => t(`people.audit.actions.${e.action}`, { defaultValue: e.action }),
            },
            {
              key: 'subject',
              header: t('people.audit.subject'),
              render: (e) =>
                `${t(`people.audit.subjects.${e.subjectType}`, { defaultValue: e.subjectType })}${
                  e.subjectId ? ` · ${e.subjectId.slice(0, 8)}` : ''
                }`,
            },
            {
              key: 'actor',
              header: t('people.audit.actor'),
              render: (e) => e.actorName ?? (e.actorId ? e.actorId.slice(0, 8) : t('people.audit.system')),
            },
            { key: 'details', header: t('people.audit.details'), render: (e) => auditDetails(e.details) },
          ]}
        />
      )}
    </Section>
  );
}
