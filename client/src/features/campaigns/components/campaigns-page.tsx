import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Dialog } from '../../../components/dialog';
import { FormError } from '../../../components/form-error';
import { Loading } from '../../../components/loading';
import type { BoardSource, TieRuleKind } from '../../../generated/graphql';
import { useSession } from '../../../lib/session';
import { CampaignsDocument, CreateCampaignDocument } from '../graphql/campaigns.documents';
import { campaignErrorText } from '../utils/campaign-model';
import { StatusBadge } from './campaign-header';
import '../campaigns.css';

/** `/campaigns`: every campaign; an admin creates one here. */
export function CampaignsPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const [result] = useQuery({ query: CampaignsDocument });
  const [creating, setCreating] = useState(false);
  const campaigns = result.data?.campaigns ?? [];
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  return (
    <section className="page" aria-labelledby="campaigns-title">
      <header className="page-header">
        <div>
          <h1 id="campaigns-title">{t('campaigns.title')}</h1>
          <p className="page-header__lead">{t('campaigns.lead')}</p>
        </div>
        {user?.role === 'ADMIN' && (
          <div className="page-header__actions">
            <button
              type="button"
              className="btn btn-primary"
              data-testid="campaign-create"
              onClick={() => setCreating(true)}
            >
              + {t('campaigns.create')}
            </button>
          </div>
        )}
      </header>
      <FormError message={campaignErrorText(t, result.error)} />
      {!result.data && result.fetching && <Loading />}
      {result.data && campaigns.length === 0 && <p className="empty">{t('campaigns.empty')}</p>}
      <ul className="cmp-list">
        {campaigns.map((c, n) => {
          const units = c.blocks.reduce((s, b) => s + b.units.length, 0);
          return (
            <li key={c.id} className="card cmp-list__item" data-testid={`campaign-row-${n}`}>
              <Link to={`/campaigns/${c.id}`} className="cmp-list__title">
                {c.title}
              </Link>
              <p className="cmp-list__meta">
                <StatusBadge status={c.status} />
                {c.isDemo && <span className="badge badge-demo">{t('campaigns.demo')}</span>}
                <span>{t('campaigns.counts', { periods: c.periods.length, blocks: c.blocks.length, units })}</span>
                {c.launchedAt && (
                  <span className="muted">
                    {t('campaigns.launchedOn', { date: date.format(new Date(c.launchedAt)) })}
                  </span>
                )}
              </p>
              <p className="cmp-list__links">
                <Link to={`/campaigns/${c.id}`}>
                  {user?.role === 'UNIT_OFFICER' ? t('campaigns.tabs.mySheet') : t('campaigns.tabs.setup')}
                </Link>
                {(user?.role === 'ADMIN' || user?.role === 'REVIEWER') && c.status !== 'DRAFT' && (
                  <Link to={`/campaigns/${c.id}/review`}>{t('campaigns.tabs.review')}</Link>
                )}
                {c.status !== 'DRAFT' && <Link to={`/campaigns/${c.id}/rankings`}>{t('campaigns.tabs.rankings')}</Link>}
              </p>
            </li>
          );
        })}
      </ul>
      {creating && <CreateCampaignDialog onClose={() => setCreating(false)} />}
    </section>
  );
}

function CreateCampaignDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ fetching, error }, create] = useMutation(CreateCampaignDocument);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [totalPoints, setTotalPoints] = useState('100');
  const [tieRule, setTieRule] = useState<TieRuleKind>('SHARED');
  const [boardSource, setBoardSource] = useState<BoardSource>('PUBLISHED');
  const [boardEnabled, setBoardEnabled] = useState(true);
  const [missing, setMissing] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const total = Number(totalPoints.replace(',', '.'));
    if (!title.trim() || !(total > 0)) {
      setMissing(true);
      return;
    }
    const result = await create({
      input: {
        title: title.trim(),
        description: description.trim(),
        totalPoints: total,
        tieRule: { kind: tieRule === 'TIEBREAK_INDICATORS' ? 'SHARED' : tieRule },
        boardSource,
        boardEnabled,
      },
    });
    if (result.data) void navigate(`/campaigns/${result.data.createCampaign.id}`);
  }

  return (
    <Dialog open title={t('campaigns.create')} onClose={onClose} testId="campaign-create-dialog">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={missing ? t('campaigns.form.missing') : campaignErrorText(t, error)} />
        <div className="field">
          <label htmlFor="cmp-title">{t('campaigns.form.title')}</label>
          <input id="cmp-title" data-testid="campaign-title" value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="cmp-desc">{t('campaigns.form.description')}</label>
          <textarea id="cmp-desc" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="cmp-total">{t('campaigns.form.totalPoints')}</label>
            <input
              id="cmp-total"
              inputMode="decimal"
              value={totalPoints}
              onChange={(e) => setTotalPoints(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="cmp-tie">{t('campaigns.form.tieRule')}</label>
            <select id="cmp-tie" value={tieRule} onChange={(e) => setTieRule(e.target.value as TieRuleKind)}>
              <option value="SHARED">{t('campaigns.tieRule.SHARED')}</option>
              <option value="DENSE">{t('campaigns.tieRule.DENSE')}</option>
            </select>
            <p className="field__hint">{t('campaigns.form.tieRuleHint')}</p>
          </div>
          <div className="field">
            <label htmlFor="cmp-board">{t('campaigns.form.boardSource')}</label>
            <select id="cmp-board" value={boardSource} onChange={(e) => setBoardSource(e.target.value as BoardSource)}>
              <option value="PUBLISHED">{t('campaigns.boardSource.PUBLISHED')}</option>
              <option value="REVIEWED">{t('campaigns.boardSource.REVIEWED')}</option>
            </select>
          </div>
          <label className="cmp-check">
            <input type="checkbox" checked={boardEnabled} onChange={(e) => setBoardEnabled(e.target.checked)} />
            {t('campaigns.form.boardEnabled')}
          </label>
        </div>
        <div className="form-actions">
          <button type="button" className="btn btn-ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={fetching} data-testid="campaign-create-submit">
            {fetching ? t('common.saving') : t('campaigns.form.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
