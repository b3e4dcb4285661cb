import { matchesSearch } from '@thidua/shared';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { FormError } from '../../../components/form-error';
import { EmptyState, LoadingState, SelectField, TextField } from '../../../components/ui';
import type { CampaignAuditTrailQuery } from '../../../generated/graphql';
import { CampaignAuditTrailDocument } from '../graphql/campaigns.documents';
import { campaignErrorText, formatScore } from '../utils/campaign-model';
import { AUDIT_ACTIONS, auditWording, NO_AUDIT_NAMES, type AuditWording } from './audit/audit-wording';
import { formatDateTime } from '../../../lib/format';

type AuditRow = CampaignAuditTrailQuery['campaignAuditTrail'][number];

const ACTIONS = AUDIT_ACTIONS;

interface AuditTrailProps {
  campaignId: string;
  /** One sheet's trail (a unit officer may only see their own). */
  sheetId?: string;
  /** Unit names by sheet id, for the campaign-wide view. */
  unitBySheet?: ReadonlyMap<string, string>;
  /** Bumped by the page after a change, to reload the trail. */
  version?: number;
  /**
   * Words a setup or workflow event (a field, ids) instead of its raw field and values;
   * by default the workflow's events without names (a sheet's own trail).
   */
  describe?: (row: AuditRow) => AuditWording | null;
}

/** Who, when, what, old → new, why; filterable by action, indicator, person and free text. */
export function AuditTrail({ campaignId, sheetId, unitBySheet, version = 0, describe: describeRow }: AuditTrailProps) {
  const { t, i18n } = useTranslation();
  const describe = describeRow ?? ((row: AuditRow) => auditWording(row, NO_AUDIT_NAMES, t));
  const [result, reexecute] = useQuery({
    query: CampaignAuditTrailDocument,
    variables: { campaignId, sheetId: sheetId ?? null },
    requestPolicy: 'network-only',
  });
  useEffect(() => {
    if (version > 0) reexecute({ requestPolicy: 'network-only' });
  }, [version, reexecute]);
  const [action, setAction] = useState('');
  const [actor, setActor] = useState('');
  const [query, setQuery] = useState('');
  const rows = useMemo(() => [...(result.data?.campaignAuditTrail ?? [])].reverse(), [result.data]);
  const actors = useMemo(() => [...new Set(rows.map((r) => r.actorName ?? t('campaigns.audit.system')))], [rows, t]);

  const shown = rows.filter(
    (r) =>
      (!action || r.action === action) &&
      (!actor || (r.actorName ?? t('campaigns.audit.system')) === actor) &&
      (!query.trim() ||
        matchesSearch(
          `${r.indicatorCode ?? ''} ${r.reason ?? ''} ${unitBySheet?.get(r.sheetId ?? '') ?? ''} ${r.oldValue ?? ''} ${r.newValue ?? ''}`,
          query,
        )),
  );

  function value(json: string | null, field: string | null): string {
    if (json === null) return '—';
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      return json;
    }
    if (parsed === null) return '—';
    if (typeof parsed === 'number') return formatScore(parsed, i18n.language);
    if (typeof parsed === 'string') {
      if (field === 'status')
        return t(`campaigns.sheetStatus.${parsed}`, {
          defaultValue: t(`campaigns.status.${parsed}`, { defaultValue: parsed }),
        });
      return parsed;
    }
    if (typeof parsed === 'object') {
      const o = parsed as Record<string, unknown>;
      if (typeof o.fileName === 'string') return o.fileName;
      if (typeof o.url === 'string') return o.url;
      if (typeof o.title === 'string') return o.title;
      return Object.entries(o)
        .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
        .join(', ');
    }
    return JSON.stringify(parsed);
  }

  return (
    <section className="cmp-audit" aria-label={t('campaigns.audit.title')}>
      <div className="toolbar">
        <SelectField
          id={`audit-action-${sheetId ?? 'all'}`}
          data-testid="audit-filter-action"
          label={t('campaigns.audit.action')}
          value={action}
          onChange={setAction}
          placeholder={t('campaigns.audit.allActions')}
          options={ACTIONS.map((a) => ({ value: a, label: t(`campaigns.audit.actions.${a}`) }))}
        />
        <SelectField
          id={`audit-actor-${sheetId ?? 'all'}`}
          label={t('campaigns.audit.who')}
          value={actor}
          onChange={setActor}
          placeholder={t('campaigns.audit.everyone')}
          options={actors.map((a) => ({ value: a, label: a }))}
        />
        <TextField
          id={`audit-q-${sheetId ?? 'all'}`}
          fieldClassName="toolbar__search"
          type="search"
          label={t('campaigns.audit.search')}
          value={query}
          placeholder={t('campaigns.audit.searchPlaceholder')}
          onChange={setQuery}
        />
      </div>
      <FormError message={campaignErrorText(t, result.error)} />
      {!result.data && result.fetching && <LoadingState />}
      {result.data && shown.length === 0 && <EmptyState>{t('campaigns.audit.empty')}</EmptyState>}
      {shown.length > 0 && (
        <div className="table-wrap">
          <table className="table table--compact cmp-audit__table">
            <thead>
              <tr>
                <th>{t('campaigns.audit.when')}</th>
                <th>{t('campaigns.audit.who')}</th>
                {unitBySheet && <th>{t('campaigns.audit.unit')}</th>}
                <th>{t('campaigns.audit.action')}</th>
                <th>{t('campaigns.audit.change')}</th>
                <th>{t('campaigns.audit.why')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r: AuditRow) => (
                <tr
                  key={r.id}
                  data-testid="audit-row"
                  data-action={r.action}
                  className={r.action === 'SCORE_CORRECTED' ? 'is-correction' : undefined}
                >
                  <td className="num">{formatDateTime(r.at, { seconds: true })}</td>
                  <td>{r.actorName ?? t('campaigns.audit.system')}</td>
                  {unitBySheet && <td>{r.sheetId ? (unitBySheet.get(r.sheetId) ?? '') : '—'}</td>}
                  <td>
                    {t(`campaigns.audit.actions.${r.action}`, { defaultValue: r.action })}
                    {r.indicatorCode && <code className="cmp-audit__code">{r.indicatorCode}</code>}
                  </td>
                  <td>
                    {describe?.(r) ? (
                      <WordedChange wording={describe(r)} />
                    ) : (
                      <>
                        {r.field && (
                          <span className="muted">
                            {t(`campaigns.audit.fields.${r.field}`, { defaultValue: r.field })}:{' '}
                          </span>
                        )}
                        <span className="cmp-audit__old">{value(r.oldValue, r.field)}</span> →{' '}
                        <strong>{value(r.newValue, r.field)}</strong>
                      </>
                    )}
                  </td>
                  <td>{r.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function WordedChange({ wording }: { wording: AuditWording | null }) {
  if (!wording) return null;
  return (
    <>
      <span className="muted" data-testid="audit-what">
        {wording.what}
      </span>
      {(wording.old !== null || wording.new !== null) && (
        <>
          : <span className="cmp-audit__old">{wording.old ?? '—'}</span> → <strong>{wording.new ?? '—'}</strong>
        </>
      )}
    </>
  );
}
