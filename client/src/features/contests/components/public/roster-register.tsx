import { useTranslation } from 'react-i18next';
import { FormError } from '../../../../components/form-error';
import { Button } from '../../../../components/ui';
import { useRosterRegister } from '../../hooks/use-roster-register';
import { contestErrorText } from '../../utils/contest-errors';
import type { ContestDevice } from '../../utils/device-store';
import { ConsentAndSubmit } from './privacy-notice';
import { UnitPicker, type PickableUnit } from './unit-picker';

interface RosterRegisterProps {
  contestId: string;
  units: readonly PickableUnit[];
  onRegistered: (device: ContestDevice) => void;
}

/**
 * Registration from the unit's roster (verified: counts for the unit): the personal
 * code printed on the card, or the unit → one's name in its roster → the year of birth.
 */
export function RosterRegister({ contestId, units, onRegistered }: RosterRegisterProps) {
  const { t } = useTranslation();
  const form = useRosterRegister({ contestId, onRegistered });
  const { values, errors } = form;
  return (
    <form className="cp-card cp-register" onSubmit={form.submit} noValidate data-testid="contest-register-roster">
      <h2>{t('contests.roster.title')}</h2>
      <p className="cp-muted">{t('contests.roster.lead')}</p>
      <FormError message={contestErrorText(t, form.result.error)} />

      <div className="cp-segmented" role="radiogroup" aria-label={t('contests.roster.wayLabel')}>
        {(['code', 'name'] as const).map((way) => (
          <label key={way} className={`cp-segmented__item${form.way === way ? ' is-active' : ''}`}>
            <input
              type="radio"
              name="roster-way"
              data-testid={`roster-way-${way}`}
              checked={form.way === way}
              onChange={() => form.setWay(way)}
            />
            <span>{t(`contests.roster.way.${way}`)}</span>
          </label>
        ))}
      </div>

      {form.way === 'code' ? (
        <div className="cp-field">
          <label htmlFor="roster-code">{t('contests.roster.code')}</label>
          <input
            id="roster-code"
            data-testid="roster-code"
            className="cp-input cp-input--code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
            placeholder="ACDE-FHJK"
            value={values.code}
            aria-invalid={Boolean(errors.code) || undefined}
            aria-describedby="roster-code-hint"
            onChange={(e) => form.setCode(e.target.value.toUpperCase())}
          />
          <p className="cp-field__hint" id="roster-code-hint">
            {t('contests.roster.codeHint')}
          </p>
          {errors.code && <p className="cp-field__error">{errors.code}</p>}
        </div>
      ) : (
        <>
          <fieldset className="cp-field">
            <legend>{t('contests.register.unit')}</legend>
            <UnitPicker units={units} value={values.unitId} onChange={form.setUnitId} invalid={Boolean(errors.unit)} />
            {errors.unit && <p className="cp-field__error">{errors.unit}</p>}
          </fieldset>
          {values.unitId && (
            <div className="cp-field">
              {values.person ? (
                <p className="cp-picked" data-testid="roster-picked">
                  <strong>{values.person.fullName}</strong>
                  {values.person.subUnit && <span className="cp-muted"> · {values.person.subUnit}</span>}{' '}
                  <Button
                    variant="ghost"
                    size="small"
                    className="cp-wrap-btn"
                    onClick={form.unpick}
                    data-testid="roster-unpick"
                  >
                    {t('contests.roster.notMe')}
                  </Button>
                </p>
              ) : (
                <>
                  <label htmlFor="roster-name">{t('contests.roster.nameSearch')}</label>
                  <input
                    id="roster-name"
                    data-testid="roster-name-search"
                    className="cp-input"
                    autoComplete="off"
                    placeholder={t('contests.roster.nameSearchPlaceholder')}
                    value={values.query}
                    aria-invalid={Boolean(errors.person) || undefined}
                    onChange={(e) => form.setQuery(e.target.value)}
                  />
                  {form.searchedFor.replace(/\s/gu, '').length >= 2 && (
                    <ul className="cp-candidates" data-testid="roster-candidates">
                      {form.candidates.map((c) => (
                        <li key={c.personId}>
                          <Button
                            variant="secondary"
                            className="cp-candidate"
                            data-testid={`roster-candidate-${c.personId}`}
                            onClick={() => form.pick(c)}
                          >
                            {c.fullName}
                            {c.subUnit && <span className="cp-muted"> · {c.subUnit}</span>}
                          </Button>
                        </li>
                      ))}
                      {!form.searching && form.candidates.length === 0 && (
                        <li className="cp-muted">{t('contests.roster.noMatch')}</li>
                      )}
                    </ul>
                  )}
                  <FormError message={contestErrorText(t, form.searchError)} />
                </>
              )}
              {errors.person && <p className="cp-field__error">{errors.person}</p>}
            </div>
          )}
          <div className="cp-field">
            <label htmlFor="roster-birth-year">{t('contests.roster.birthYear')}</label>
            <input
              id="roster-birth-year"
              data-testid="roster-birth-year"
              className="cp-input cp-input--short"
              inputMode="numeric"
              pattern="[0-9]*"
              maxLength={4}
              placeholder={t('contests.register.birthYearPlaceholder')}
              value={values.birthYear}
              aria-invalid={Boolean(errors.birthYear) || undefined}
              onChange={(e) => form.setBirthYear(e.target.value.replace(/\D/gu, ''))}
            />
            {errors.birthYear && <p className="cp-field__error">{errors.birthYear}</p>}
          </div>
        </>
      )}

      <ConsentAndSubmit
        way="roster"
        values={values}
        error={errors.consent}
        onRulesChange={form.setConsentRules}
        onDataChange={form.setConsentData}
        fetching={form.result.fetching}
        submitTestId="roster-submit"
      />
    </form>
  );
}
