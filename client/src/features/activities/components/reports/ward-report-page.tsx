import { Role } from '@thidua/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  Alert,
  Button,
  ErrorState,
  FormActions,
  LoadingState,
  Page,
  Section,
  TextAreaField,
} from '../../../../components/ui';
import { useSession } from '../../../../lib/session';
import { useWardReport } from '../../hooks/report-hooks';
import { REPLY_MAX, REPLY_MIN, formatDay, formatMoment, type WardReportDraft } from '../../utils/report-form';
import { WardReportForm } from './ward-report-form';
import './ward-reports.css';

/**
 * `/activities/reports/:id`: one report to the ward with its status, the office's reply
 * (shown to the unit) and its history. The unit edits it while SENT; the office takes it
 * up and replies, which closes it.
 */
export function WardReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { user } = useSession();
  const office = user?.role === Role.ADMIN || user?.role === Role.REVIEWER;
  const { report, fetching, error, refresh, plans, updating, update, takingUp, takeUp, replying, reply } =
    useWardReport(id);
  const [editing, setEditing] = useState(false);
  const [replyText, setReplyText] = useState('');
  const [replyTried, setReplyTried] = useState(false);
  const crumbs = [{ label: t('activities.reports.title'), to: '/activities/reports' }];

  if (!report) {
    return (
      <Page testId="ward-report-page" title={t('activities.reports.title')} breadcrumb={crumbs}>
        {error ? <ErrorState error={error} onRetry={refresh} /> : fetching && <LoadingState />}
      </Page>
    );
  }

  const falseInformation = report.kind === 'FALSE_INFORMATION';
  const closed = report.status === 'RESOLVED' || report.status === 'ANSWERED';
  const canEdit = !office && report.status === 'SENT';
  const replyLength = replyText.trim().length;
  const replyProblem =
    replyLength < REPLY_MIN
      ? t('activities.reports.fieldErrors.replyShort', { min: REPLY_MIN })
      : replyLength > REPLY_MAX
        ? t('activities.reports.fieldErrors.tooLong', { max: REPLY_MAX })
        : null;

  const save = async (draft: WardReportDraft) => {
    const result = await update({
      input: {
        id: report.id,
        title: draft.title,
        body: draft.body,
        foundWhere: draft.foundWhere || null,
        link: draft.link.trim() || null,
        reportedOn: draft.reportedOn,
        actionTaken: draft.actionTaken || null,
      },
    });
    if (result.data) {
      setEditing(false);
      refresh();
      return null;
    }
    return result.error;
  };
  const sendReply = async () => {
    setReplyTried(true);
    if (replyProblem) return;
    const result = await reply({ input: { id: report.id, reply: replyText } });
    if (result.data) {
      setReplyText('');
      setReplyTried(false);
      refresh();
    }
  };
  const doTakeUp = async () => {
    const result = await takeUp({ id: report.id });
    if (result.data) refresh();
  };

  return (
    <Page
      testId="ward-report-page"
      title={report.title}
      breadcrumb={[...crumbs, { label: t(`activities.reportKind.${report.kind}`) }]}
      meta={
        <p className="wr-item__meta">
          <span className={`wr-status wr-status--${report.status.toLowerCase()}`} data-testid="ward-report-status">
            {t(`activities.reportStatus.${report.status}`)}
          </span>
          <span>{t(`activities.reportKind.${report.kind}`)}</span>
          <span>{report.unitName}</span>
        </p>
      }
      actions={
        canEdit &&
        !editing && (
          <Button onClick={() => setEditing(true)} data-testid="ward-report-edit">
            {t('activities.reports.editAction')}
          </Button>
        )
      }
    >
      {editing ? (
        <WardReportForm
          mode="edit"
          plans={plans.filter((p) => p.id === report.planId)}
          initial={{
            planId: report.planId,
            kind: report.kind,
            title: report.title,
            body: report.body,
            foundWhere: report.foundWhere,
            link: report.link ?? '',
            reportedOn: report.reportedOn,
            actionTaken: report.actionTaken,
          }}
          busy={updating.fetching}
          onSubmit={save}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <Section title={t('activities.reports.details')} card testId="ward-report-details">
          <dl className="wr-facts">
            <dt>{t('activities.reports.fields.plan')}</dt>
            <dd>{report.planTitle}</dd>
            <dt>{t(`activities.reports.fields.reportedOn.${report.kind}`)}</dt>
            <dd>{formatDay(report.reportedOn)}</dd>
            {falseInformation && (
              <>
                <dt>{t('activities.reports.fields.foundWhere')}</dt>
                <dd>{report.foundWhere}</dd>
              </>
            )}
            <dt>{t(`activities.reports.fields.body.${report.kind}`)}</dt>
            <dd className="wr-text">{report.body}</dd>
            {report.link && (
              <>
                <dt>{t(`activities.reports.fields.link.${report.kind}`)}</dt>
                <dd>
                  <a href={report.link} target="_blank" rel="noopener noreferrer nofollow" className="wr-link">
                    {report.link}
                  </a>
                </dd>
              </>
            )}
            {falseInformation && (
              <>
                <dt>{t('activities.reports.fields.actionTaken')}</dt>
                <dd className="wr-text">{report.actionTaken}</dd>
              </>
            )}
            <dt>{t('activities.reports.sentBy')}</dt>
            <dd>
              {report.createdByName ?? '—'}, {formatMoment(report.createdAt)}
            </dd>
          </dl>
        </Section>
      )}

      <Section title={t('activities.reports.replyTitle')} card testId="ward-report-reply-section">
        {report.reply ? (
          <div className="wr-reply" data-testid="ward-report-reply">
            <p className="wr-text">{report.reply}</p>
            <p className="muted">
              {t('activities.reports.repliedBy', {
                name: report.repliedByName ?? t('activities.reports.office'),
                when: report.repliedAt ? formatMoment(report.repliedAt) : '—',
              })}
            </p>
          </div>
        ) : (
          <p className="muted" data-testid="ward-report-no-reply">
            {t(`activities.reports.waiting.${report.status}`)}
          </p>
        )}
        {office && report.status === 'SENT' && (
          <>
            {takingUp.error && <ErrorState error={takingUp.error} />}
            <FormActions align="start">
              <Button
                variant="primary"
                busy={takingUp.fetching}
                onClick={() => void doTakeUp()}
                data-testid="ward-report-take-up"
              >
                {t('activities.reports.takeUp')}
              </Button>
            </FormActions>
          </>
        )}
        {office && report.status === 'IN_PROGRESS' && (
          <div className="wr-reply-box">
            <TextAreaField
              label={t(`activities.reports.replyLabel.${report.kind}`)}
              hint={t('activities.reports.hints.reply', { min: REPLY_MIN })}
              value={replyText}
              onChange={setReplyText}
              rows={5}
              required
              maxLength={REPLY_MAX}
              error={replyTried ? (replyProblem ?? undefined) : undefined}
              data-testid="ward-report-reply-text"
            />
            {replying.error && <ErrorState error={replying.error} />}
            <FormActions align="start">
              <Button
                variant="primary"
                busy={replying.fetching}
                onClick={() => void sendReply()}
                data-testid="ward-report-reply-send"
              >
                {t(`activities.reports.replySend.${report.kind}`)}
              </Button>
            </FormActions>
          </div>
        )}
        {closed && !office && <Alert tone="success">{t(`activities.reports.closedNote.${report.kind}`)}</Alert>}
      </Section>

      <Section title={t('activities.reports.history')} testId="ward-report-history">
        <ol className="wr-history">
          {report.history.map((h) => (
            <li key={h.id}>
              <span className="wr-history__when">{formatMoment(h.at)}</span>{' '}
              <span>
                {t(`activities.reports.events.${h.action}`, { defaultValue: h.action })}
                {h.changedFields.length > 0 &&
                  ` (${h.changedFields.map((f) => t(`activities.reports.changed.${f}`, { defaultValue: f })).join(', ')})`}
              </span>
              {h.actorName && <span className="muted"> — {h.actorName}</span>}
            </li>
          ))}
        </ol>
      </Section>
    </Page>
  );
}
