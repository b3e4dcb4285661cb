import { DEFAULT_POPULATION_KINDS } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../../components/ui';
import type { SetContestField } from '../../hooks/use-contest-form';
import { ANSWER_KEY_REVEALS, IDENTITY_MODES, type ContestFormState } from '../../utils/contest-form-state';

interface Props {
  state: ContestFormState;
  set: SetContestField;
  disabled: boolean;
}

/**
 * Who takes part and what counts: how entrants identify (roster or phone), the
 * population kind unit rates divide by, and when the answer key is shown.
 */
export function ContestIdentityFieldset({ state, set, disabled }: Props) {
  const { t, i18n } = useTranslation();
  const modes = IDENTITY_MODES.map((m) => ({ value: m, label: t(`contests.setup.identityMode.${m}`) }));
  const kinds = [
    { value: '', label: t('contests.setup.populationKindMain') },
    ...DEFAULT_POPULATION_KINDS.map((k) => ({ value: k.code, label: i18n.language === 'en' ? k.labelEn : k.labelVi })),
  ];
  if (state.populationKind && !kinds.some((k) => k.value === state.populationKind))
    kinds.push({ value: state.populationKind, label: state.populationKind });
  const reveals = ANSWER_KEY_REVEALS.map((r) => ({ value: r, label: t(`contests.setup.answerKeyReveal.${r}`) }));
  return (
    <fieldset disabled={disabled} className="ct-fieldset ct-grid" data-testid="contest-identity-fieldset">
      <legend>{t('contests.setup.identityTitle')}</legend>
      <SelectField
        id="ct-identity-mode"
        data-testid="contest-identity-mode"
        label={t('contests.setup.identityModeLabel')}
        hint={t(`contests.setup.identityModeHint.${state.identityMode}`)}
        value={state.identityMode}
        options={modes}
        onChange={(v) => set('identityMode', v)}
      />
      <SelectField
        id="ct-population-kind"
        data-testid="contest-population-kind"
        label={t('contests.setup.populationKind')}
        hint={t('contests.setup.populationKindHint')}
        value={state.populationKind}
        options={kinds}
        onChange={(v) => set('populationKind', v)}
      />
      <SelectField
        id="ct-answer-key"
        data-testid="contest-answer-key-reveal"
        label={t('contests.setup.answerKeyRevealLabel')}
        hint={t('contests.setup.answerKeyRevealHint')}
        value={state.answerKeyReveal}
        options={reveals}
        onChange={(v) => set('answerKeyReveal', v)}
      />
    </fieldset>
  );
}
