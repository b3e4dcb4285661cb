import { useTranslation } from 'react-i18next';
import { FormError } from '../../../../components/form-error';
import { Button } from '../../../../components/ui';
import { useRegisterForm } from '../../hooks/use-register-form';
import { contestErrorText } from '../../utils/contest-errors';
import type { ContestDevice } from '../../utils/device-store';
import { UnitPicker, type PickableUnit } from './unit-picker';

interface RegisterFormProps {
  contestId: string;
  units: readonly PickableUnit[];
  prefill: ContestDevice['lastForm'];
  notice?: string | null;
  onRegistered: (device: ContestDevice) => void;
}

/**
 * Registration: full name, year of birth, unit, phone, and consent. No password:
 * the phone number and the year of birth identify the person, so registering again
 * with both (on another phone, or after clearing the browser) continues as the same
 * entrant with the same attempts.
 */
export function RegisterForm({ contestId, units, prefill, notice, onRegistered }: RegisterFormProps) {
  const { t } = useTranslation();
  const form = useRegisterForm({ contestId, units, prefill, onRegistered });
  return (
    <form className="cp-card cp-register" onSubmit={form.submit} noValidate data-testid="contest-register">
      <h2>{t('contests.register.title')}</h2>
      <p className="cp-muted">{t('contests.register.lead')}</p>
      {notice && <p className="alert alert-info">{notice}</p>}
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

      <ConsentFields
        rules={form.values.consentRules}
        data={form.values.consentData}
        error={form.errors.consent}
        onRulesChange={form.setConsentRules}
        onDataChange={form.setConsentData}
      />

      <Button
        type="submit"
        variant="primary"
        className="cp-big-btn"
        data-testid="register-submit"
        disabled={form.result.fetching}
      >
        {form.result.fetching ? t('contests.register.sending') : t('contests.register.submit')}
      </Button>
      <p className="cp-field__hint">{t('contests.register.returning')}</p>
    </form>
  );
}

/** Both consents (rules, personal data) are required; the error stays until both are ticked. */
function ConsentFields({
  rules,
  data,
  error,
  onRulesChange,
  onDataChange,
}: {
  rules: boolean;
  data: boolean;
  error: string | undefined;
  onRulesChange: (value: boolean) => void;
  onDataChange: (value: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="cp-field cp-consent">
      <legend>{t('contests.register.consentTitle')}</legend>
      <label className="cp-check">
        <input
          type="checkbox"
          data-testid="register-consent-rules"
          checked={rules}
          aria-invalid={(Boolean(error) && !rules) || undefined}
          onChange={(e) => onRulesChange(e.target.checked)}
        />
        <span>{t('contests.register.consentRules')}</span>
      </label>
      <label className="cp-check">
        <input
          type="checkbox"
          data-testid="register-consent-data"
          checked={data}
          aria-invalid={(Boolean(error) && !data) || undefined}
          onChange={(e) => onDataChange(e.target.checked)}
        />
        <span>{t('contests.register.consentData')}</span>
      </label>
      <p className="cp-field__hint">{t('contests.register.dataExplained')}</p>
      {error && <p className="cp-field__error">{error}</p>}
    </fieldset>
  );
}
