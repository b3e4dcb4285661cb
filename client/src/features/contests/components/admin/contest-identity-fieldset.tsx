import { DEFAULT_POPULATION_KINDS } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { SelectField, type SelectOption } from '../../../../components/ui';
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
  // Three selects bound to one field each; the options keep each field to its own values.
  const choices: { name: ChoiceName; id: string; testId: string; hint: string; options: readonly SelectOption[] }[] = [
    {
      name: 'identityMode',
      id: 'ct-identity-mode',
      testId: 'contest-identity-mode',
      options: modes,
      hint: t(`contests.setup.identityModeHint.${state.identityMode}`),
    },
    {
      name: 'populationKind',
      id: 'ct-population-kind',
      testId: 'contest-population-kind',
      options: kinds,
      hint: t('contests.setup.populationKindHint'),
    },
    {
      name: 'answerKeyReveal',
      id: 'ct-answer-key',
      testId: 'contest-answer-key-reveal',
      options: reveals,
      hint: t('contests.setup.answerKeyRevealHint'),
    },
  ];
  return (
    <fieldset disabled={disabled} className="ct-fieldset ct-grid" data-testid="contest-identity-fieldset">
      <legend>{t('contests.setup.identityTitle')}</legend>
      {choices.map((c) => (
        <SelectField
          key={c.name}
          id={c.id}
          data-testid={c.testId}
          label={t(LABELS[c.name])}
          hint={c.hint}
          value={state[c.name]}
          options={c.options}
          onChange={(v) => set(c.name, v)}
        />
      ))}
    </fieldset>
  );
}

type ChoiceName = 'identityMode' | 'populationKind' | 'answerKeyReveal';

const LABELS: Record<ChoiceName, string> = {
  identityMode: 'contests.setup.identityModeLabel',
  populationKind: 'contests.setup.populationKind',
  answerKeyReveal: 'contests.setup.answerKeyRevealLabel',
};
