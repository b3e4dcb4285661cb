import { IDENTITY_MODES, type LiveGameSettings } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../../components/ui';
import { usePopulationKinds } from '../../../../lib/population-kinds';
import type { SetGameSetting } from '../../hooks/use-new-game';

const TIME_MULTIPLIERS = [1, 1.5, 2, 3] as const;

/** The game's rules: who may play (identity) and whom units count, scoring, streak bonus, unit ranking, leaderboard, podium, time, reading, late join. */
export function NewGameSettings({ settings, set }: { settings: LiveGameSettings; set: SetGameSetting }) {
  const { t } = useTranslation();
  // The ward's kinds (populationKinds), or the default list until it loads.
  const populationKinds = usePopulationKinds().options;
  return (
    <>
      <fieldset className="new-game__group">
        <legend>{t('live.settings.scoringMode')}</legend>
        {(['SPEED', 'ACCURACY'] as const).map((mode) => (
          <Choice
            key={mode}
            type="radio"
            name="scoringMode"
            testId={`new-game-scoring-${mode}`}
            title={t(`live.settings.scoring.${mode}`)}
            hint={t(`live.settings.scoringHint.${mode}`)}
            checked={settings.scoringMode === mode}
            onChange={() => set('scoringMode', mode)}
          />
        ))}
        <Choice
          type="checkbox"
          testId="new-game-streak"
          title={t('live.settings.streakBonus')}
          hint={t('live.settings.streakHint')}
          checked={settings.streakBonus}
          onChange={(checked) => set('streakBonus', checked)}
        />
      </fieldset>

      <fieldset className="new-game__group">
        <legend>{t('live.settings.identityMode')}</legend>
        {IDENTITY_MODES.map((mode) => (
          <Choice
            key={mode}
            type="radio"
            name="identityMode"
            testId={`new-game-identity-${mode}`}
            title={t(`live.settings.identity.${mode}`)}
            hint={t(`live.settings.identityHint.${mode}`)}
            checked={settings.identityMode === mode}
            onChange={() => set('identityMode', mode)}
          />
        ))}
        <SelectField
          label={t('live.settings.populationKind')}
          hint={t('live.settings.populationKindHint')}
          id="new-game-population-kind"
          data-testid="new-game-population-kind"
          value={settings.populationKind ?? ''}
          onChange={(code) => set('populationKind', code === '' ? null : code)}
          placeholder={t('live.settings.populationKindMain')}
          options={populationKinds}
        />
      </fieldset>

      <fieldset className="new-game__group">
        <legend>{t('live.settings.unitAggregation')}</legend>
        {(['MEAN', 'PARTICIPATION_WEIGHTED'] as const).map((mode) => (
          <Choice
            key={mode}
            type="radio"
            name="unitAggregation"
            testId={`new-game-aggregation-${mode}`}
            title={t(`live.settings.aggregation.${mode}`)}
            hint={t(`live.unitFormula.${mode}`)}
            checked={settings.unitAggregation === mode}
            onChange={() => set('unitAggregation', mode)}
          />
        ))}
      </fieldset>

      <div className="form-grid">
        <div className="field">
          <label htmlFor="new-game-leaderboard">{t('live.settings.leaderboardMode')}</label>
          <select
            id="new-game-leaderboard"
            value={settings.leaderboardMode}
            onChange={(e) => set('leaderboardMode', e.target.value as LiveGameSettings['leaderboardMode'])}
          >
            <option value="AFTER_EACH_QUESTION">{t('live.settings.leaderboard.AFTER_EACH_QUESTION')}</option>
            <option value="END_ONLY">{t('live.settings.leaderboard.END_ONLY')}</option>
          </select>
        </div>
        <IntField
          id="new-game-podium"
          label={t('live.settings.podiumPlaces')}
          range={[1, 10, 3]}
          value={settings.podiumPlaces}
          onChange={(value) => set('podiumPlaces', value)}
        />
        <div className="field">
          <label htmlFor="new-game-time">{t('live.settings.timeMultiplier')}</label>
          <select
            id="new-game-time"
            value={settings.timeMultiplier}
            onChange={(e) => set('timeMultiplier', Number(e.target.value))}
          >
            {TIME_MULTIPLIERS.map((m) => (
              <option key={m} value={m}>
                {t('live.settings.timeMultiplierValue', { value: m })}
              </option>
            ))}
          </select>
          <p className="field__hint">{t('live.settings.timeMultiplierHint')}</p>
        </div>
        <IntField
          id="new-game-reading"
          label={t('live.settings.readingSeconds')}
          hint={t('live.settings.readingHint')}
          range={[0, 30, 4]}
          value={settings.readingSeconds}
          onChange={(value) => set('readingSeconds', value)}
        />
      </div>
      <Choice
        type="checkbox"
        testId="new-game-late-join"
        title={t('live.settings.allowLateJoin')}
        hint={t('live.settings.allowLateJoinHint')}
        checked={settings.allowLateJoin}
        onChange={(checked) => set('allowLateJoin', checked)}
      />
      <Choice
        type="checkbox"
        testId="new-game-auto-advance"
        title={t('live.settings.autoAdvance')}
        hint={t('live.settings.autoAdvanceHint')}
        checked={settings.autoAdvance}
        onChange={(checked) => set('autoAdvance', checked)}
      />
      {settings.autoAdvance && (
        <div className="form-grid">
          <IntField
            id="new-game-reveal-seconds"
            label={t('live.settings.revealSeconds')}
            range={[2, 120, 8]}
            value={settings.revealSeconds}
            onChange={(value) => set('revealSeconds', value)}
          />
          <IntField
            id="new-game-leaderboard-seconds"
            label={t('live.settings.leaderboardSeconds')}
            range={[2, 120, 6]}
            value={settings.leaderboardSeconds}
            onChange={(value) => set('leaderboardSeconds', value)}
          />
        </div>
      )}
    </>
  );
}

/** A whole number within `range` ([min, max, fallback when the text is not a number]). */
function IntField({
  id,
  label,
  hint,
  range,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  range: [number, number, number];
  value: number;
  onChange: (value: number) => void;
}) {
  const [min, max, fallback] = range;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={value}
        onChange={(e) => onChange(clampInt(e.target.value, min, max, fallback))}
      />
      {hint && <p className="field__hint">{hint}</p>}
    </div>
  );
}

function clampInt(text: string, min: number, max: number, fallback: number): number {
  const value = Number.parseInt(text, 10);
  if (Number.isNaN(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}

/** A radio or checkbox with its title and a muted explanation beside it (`.choice`). */
function Choice({
  type,
  name,
  testId,
  title,
  hint,
  checked,
  onChange,
}: {
  type: 'radio' | 'checkbox';
  name?: string;
  testId: string;
  title: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="choice">
      <input
        type={type}
        name={name}
        data-testid={testId}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span>
        <strong>{title}</strong>
        <small className="muted">{hint}</small>
      </span>
    </label>
  );
}
