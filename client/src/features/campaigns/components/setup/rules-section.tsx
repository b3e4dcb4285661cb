import { orderIndicatorTree } from '@thidua/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { BoardSettingsFields } from './board-settings-fields';
import { FormError } from '../../../../components/form-error';
import { Alert, Button, FormActions } from '../../../../components/ui';
import type { TieRuleKind } from '../../../../generated/graphql';
import { UpdateCampaignDocument } from '../../graphql/campaigns.documents';
import { OrganizerFields } from './organizer-fields';
import { campaignErrorText, toIndicatorDef } from '../../utils/campaign-model';
import type { SetupSectionProps } from './setup-section-props';

/** Board and tie rule: the rules published with the campaign. */
export function RulesSection({ campaign, onSaved }: SetupSectionProps) {
  const { t } = useTranslation();
  const [{ fetching, error }, update] = useMutation(UpdateCampaignDocument);
  const [tieKind, setTieKind] = useState<TieRuleKind>(campaign.tieRule.kind);
  const [tieIds, setTieIds] = useState<string[]>(campaign.tieRule.indicatorIds);
  const [boardEnabled, setBoardEnabled] = useState(campaign.boardEnabled);
  const [saved, setSaved] = useState(false);
  const locked = campaign.periods.some((p) => p.publishedAt);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const tieRule = { kind: tieKind, indicatorIds: tieKind === 'TIEBREAK_INDICATORS' ? tieIds : null };
    const result = await update({
      input: { id: campaign.id, boardEnabled, ...(locked ? {} : { tieRule }) },
    });
    if (result.data) {
      setSaved(true);
      onSaved();
    }
  }

  return (
    <section className="card cmp-section" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('campaigns.rules.title')}</h2>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <div className="form-grid">
          <fieldset className="field" disabled={locked}>
            <legend>{t('campaigns.form.tieRule')}</legend>
            {(['SHARED', 'DENSE', 'TIEBREAK_INDICATORS'] as const).map((k) => (
              <label key={k} className="cmp-check">
                <input type="radio" name="tie" checked={tieKind === k} onChange={() => setTieKind(k)} />
                {t(`campaigns.tieRule.${k}`)}
              </label>
            ))}
            {tieKind === 'TIEBREAK_INDICATORS' && (
              <TiebreakPicker campaign={campaign} ids={tieIds} onChange={setTieIds} />
            )}
            {locked && <p className="field__hint">{t('campaigns.rules.locked')}</p>}
          </fieldset>
          <BoardSettingsFields boardEnabled={boardEnabled} onBoardEnabledChange={setBoardEnabled} />
        </div>
        <FormError message={campaignErrorText(t, error)} />
        {saved && <Alert tone="success">{t('campaigns.rules.saved')}</Alert>}
        <FormActions align="start">
          <Button type="submit" variant="primary" disabled={fetching}>
            {fetching ? t('common.saving') : t('common.save')}
          </Button>
        </FormActions>
      </form>
      <OrganizerFields
        key={`${campaign.organizerUnit?.id ?? ''}-${campaign.rankOrganizer}`}
        campaign={campaign}
        onSaved={onSaved}
      />
    </section>
  );
}

/**
 * The indicators that break a tie, in the order they were ticked, listed by criteria set:
 * several sets may each have an "I.1", so each is shown under its set's name.
 */
function TiebreakPicker({
  campaign,
  ids,
  onChange,
}: {
  campaign: SetupSectionProps['campaign'];
  ids: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const sets = [...campaign.criteriaSets]
    .sort((a, b) => a.position - b.position)
    .map((set) => ({
      set,
      leaves: orderIndicatorTree(set.indicators.map(toIndicatorDef))
        .map((n) => n.indicator)
        .filter((i) => i.kind !== 'GROUP'),
    }))
    .filter((g) => g.leaves.length > 0);
  const named = sets.length > 1;
  return (
    <div className="cmp-tiebreak">
      <p className="field__hint">{t('campaigns.rules.tiebreakHint')}</p>
      {sets.map(({ set, leaves }) => (
        <div key={set.id} role="group" aria-label={set.name} data-testid={`tiebreak-set-${set.id}`}>
          {named && (
            <p className="cmp-tiebreak__set">
              <strong>{t('campaigns.rankings.criteriaSet', { name: set.name })}</strong>
            </p>
          )}
          {leaves.map((i) => (
            <label key={i.id} className="cmp-check">
              <input
                type="checkbox"
                checked={ids.includes(i.id)}
                onChange={(e) => onChange(e.target.checked ? [...ids, i.id] : ids.filter((x) => x !== i.id))}
              />
              {ids.includes(i.id) && <span className="badge">{ids.indexOf(i.id) + 1}</span>}
              <code>{i.code}</code> {i.title}
              {named && <span className="muted"> · {set.name}</span>}
            </label>
          ))}
        </div>
      ))}
    </div>
  );
}
