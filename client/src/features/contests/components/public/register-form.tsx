import { useTranslation } from 'react-i18next';
import { FormError } from '../../../../components/form-error';
import { Button } from '../../../../components/ui';
import { useRegisterForm } from '../../hooks/use-register-form';
import { contestErrorText } from '../../utils/contest-errors';
import type { ContestDevice } from '../../utils/device-store';
import { ConsentAndSubmit } from './privacy-notice';
import { UnitPicker, type PickableUnit } from './unit-picker';

interface RegisterFormProps {
  contestId: string;
  units: readonly PickableUnit[];
  prefill: ContestDevice['lastForm'];
  notice?: string | null;
  /** ROSTER_PREFERRED: registering by phone makes an unverified entrant (not counted for a unit). */
  unverifiedNote?: boolean;
  onRegistered: (device: ContestDevice) => void;
}

/**
 * Registration by phone: full name, year of birth, unit, phone, and consent. No
 * password: the phone number and the year of birth identify the person; the first
 * registration gives an entrant code (mã dự thi), which another device asks for, so
 * that knowing someone's number is not enough to take their place.
 */
export function RegisterForm({ contestId, units, prefill, notice, unverifiedNote, onRegistered }: RegisterFormProps) {
  const { t } = useTranslation();
  const form = useRegisterForm({ contestId, units, prefill, onRegistered });
  return (
    <form className="cp-card cp-register" onSubmit={form.submit} noValidate data-testid="contest-register">
      <h2>{t('contests.register.title')}</h2>
      <p className="cp-muted">{t('contests.register.lead')}</p>
      {notice && <p className="alert alert-info">{notice}</p>}
      {unverifiedNote && (
        <p className="alert alert-info" data-testid="register-unverified-note">
          {t('contests.register.unverifiedNote')}
        </p>
      )}
      <FormError message={contestErrorText(t, form.result.error)} />

      <div className="cp-field">
        <label htmlFor="register-name">{t('contests.register.fullName')}</label>
        <input
          id="register-name"
          data-testid="register-name"
          className="cp-input"
          autoComplete="name"
          autoCapitalize="words"
          maxLength={100}
          value={form.values.fullName}
          aria-invalid={Boolean(form.errors.fullName) || undefined}
          aria-describedby={form.errors.fullName ? 'register-name-error' : undefined}
          onChange={(e) => form.setFullName(e.target.value)}
        />
        {form.errors.fullName && (
          <p className="cp-field__error" id="register-name-error">
            {form.errors.fullName}
          </p>
        )}
      </div>

      <div className="cp-field">
        <label htmlFor="register-birth-year">{t('contests.register.birthYear')}</label>
        <input
          id="register-birth-year"
          data-testid="register-birth-year"
          className="cp-input cp-input--short"
          inputMode="numeric"
          pattern="[0-9]*"
          maxLength={4}
          placeholder={t('contests.register.birthYearPlaceholder')}
          value={form.values.birthYear}
          aria-invalid={Boolean(form.errors.birthYear) || undefined}
          aria-describedby={form.errors.birthYear ? 'register-birth-year-error' : undefined}
          onChange={(e) => form.setBirthYear(e.target.value.replace(/\D/gu, ''))}
        />
        {form.errors.birthYear && (
          <p className="cp-field__error" id="register-birth-year-error">
            {form.errors.birthYear}
          </p>
        )}
      </div>

      <fieldset className="cp-field">
        <legend>{t('contests.register.unit')}</legend>
        <UnitPicker
          units={units}
          value={form.values.unitId}
          onChange={form.setUnitId}
          invalid={Boolean(form.errors.unit)}
        />
        {form.errors.unit && <p className="cp-field__error">{form.errors.unit}</p>}
      </fieldset>

      <div className="cp-field">
        <label htmlFor="register-phone">{t('contests.register.phone')}</label>
        <input
          id="register-phone"
          data-testid="register-phone"
          className="cp-input"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          placeholder="0912 345 678"
          value={form.values.phone}
          aria-invalid={Boolean(form.errors.phone) || undefined}
          aria-describedby="register-phone-hint"
          onChange={(e) => form.setPhone(e.target.value)}
        />
        <p className="cp-field__hint" id="register-phone-hint">
          {t('contests.register.phoneHint')}
        </p>
        {form.errors.phone && <p className="cp-field__error">{form.errors.phone}</p>}
      </div>

      {form.askCode ? (
        <div className="cp-field">
          <label htmlFor="register-entrant-code">{t('contests.register.entrantCode')}</label>
          <input
            id="register-entrant-code"
            data-testid="register-entrant-code"
            className="cp-input cp-input--code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
            placeholder="ACDE-FHJK"
            value={form.values.entrantCode}
            aria-invalid={Boolean(form.errors.entrantCode) || undefined}
            aria-describedby="register-entrant-code-hint"
            onChange={(e) => form.setEntrantCode(e.target.value.toUpperCase())}
          />
          <p className="cp-field__hint" id="register-entrant-code-hint">
            {t('contests.register.entrantCodeHint')}
          </p>
          {form.errors.entrantCode && <p className="cp-field__error">{form.errors.entrantCode}</p>}
        </div>
      ) : (
        <p className="cp-field__hint">
          <Button
            variant="ghost"
            size="small"
            className="cp-wrap-btn"
            data-testid="register-have-code"
            onClick={form.showCode}
          >
            {t('contests.register.haveEntrantCode')}
          </Button>
        </p>
      )}

      <ConsentAndSubmit
        way="phone"
        values={form.values}
        error={form.errors.consent}
        onRulesChange={form.setConsentRules}
        onDataChange={form.setConsentData}
        fetching={form.result.fetching}
        submitTestId="register-submit"
      />
      <p className="cp-field__hint">{t('contests.register.returning')}</p>
    </form>
  );
}
