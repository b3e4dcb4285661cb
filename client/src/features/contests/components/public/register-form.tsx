import { normalizePhone } from '@thidua/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../../../components/form-error';
import { RegisterEntrantDocument } from '../../graphql/contests.documents';
import { contestErrorText } from '../../utils/contest-errors';
import { saveEntrant, type ContestDevice } from '../../utils/device-store';
import { UnitPicker, type PickableUnit } from './unit-picker';

interface RegisterFormProps {
  contestId: string;
  units: readonly PickableUnit[];
  prefill: ContestDevice['lastForm'];
  notice?: string | null;
  onRegistered: (device: ContestDevice) => void;
}

type Field = 'fullName' | 'birthYear' | 'unit' | 'phone' | 'consent';

/**
 * Registration: full name, year of birth, unit, phone, and consent. No password:
 * the phone number and the year of birth identify the person, so registering again
 * with both (on another phone, or after clearing the browser) continues as the same
 * entrant with the same attempts.
 */
export function RegisterForm({ contestId, units, prefill, notice, onRegistered }: RegisterFormProps) {
  const { t } = useTranslation();
  const [fullName, setFullName] = useState(prefill?.fullName ?? '');
  const [birthYear, setBirthYear] = useState(prefill?.birthYear ?? '');
  const [unitId, setUnitId] = useState<string | null>(
    prefill?.unitId && units.some((u) => u.id === prefill.unitId) ? prefill.unitId : null,
  );
  const [phone, setPhone] = useState('');
  const [consentRules, setConsentRules] = useState(false);
  const [consentData, setConsentData] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [result, register] = useMutation(RegisterEntrantDocument);

  function validate(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    const name = fullName.normalize('NFC').replace(/\s+/gu, ' ').trim();
    if (!name) found.fullName = t('contests.register.nameRequired');
    const year = Number(birthYear);
    const thisYear = new Date().getFullYear();
    if (!/^\d{4}$/u.test(birthYear.trim()) || year < thisYear - 120 || year > thisYear)
      found.birthYear = t('contests.register.birthYearInvalid');
    if (!unitId) found.unit = t('contests.register.unitRequired');
    if (!normalizePhone(phone)) found.phone = t('contests.register.phoneInvalid');
    if (!consentRules || !consentData) found.consent = t('contests.register.consentRequired');
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const first = document.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.focus();
      return;
    }
    const response = await register({
      input: {
        contestId,
        fullName: fullName.normalize('NFC').replace(/\s+/gu, ' ').trim(),
        birthYear: Number(birthYear),
        unitId: unitId!,
        phone: normalizePhone(phone)!,
        consent: true,
      },
    });
    const session = response.data?.registerEntrant;
    if (!session) return;
    onRegistered(
      saveEntrant(contestId, {
        token: session.entrantToken,
        entrantId: session.entrant.id,
        fullName: session.entrant.fullName,
        birthYear: session.entrant.birthYear,
        unitId: session.entrant.unitId,
        phoneMasked: session.entrant.phoneMasked,
      }),
    );
  }

  return (
    <form className="cp-card cp-register" onSubmit={(e) => void submit(e)} noValidate data-testid="contest-register">
      <h2>{t('contests.register.title')}</h2>
      <p className="cp-muted">{t('contests.register.lead')}</p>
      {notice && <p className="alert alert-info">{notice}</p>}
      <FormError message={contestErrorText(t, result.error)} />

      <div className="cp-field">
        <label htmlFor="register-name">{t('contests.register.fullName')}</label>
        <input
          id="register-name"
          data-testid="register-name"
          className="cp-input"
          autoComplete="name"
          autoCapitalize="words"
          maxLength={100}
          value={fullName}
          aria-invalid={Boolean(errors.fullName) || undefined}
          aria-describedby={errors.fullName ? 'register-name-error' : undefined}
          onChange={(e) => setFullName(e.target.value)}
        />
        {errors.fullName && (
          <p className="cp-field__error" id="register-name-error">
            {errors.fullName}
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
          value={birthYear}
          aria-invalid={Boolean(errors.birthYear) || undefined}
          aria-describedby={errors.birthYear ? 'register-birth-year-error' : undefined}
          onChange={(e) => setBirthYear(e.target.value.replace(/\D/gu, ''))}
        />
        {errors.birthYear && (
          <p className="cp-field__error" id="register-birth-year-error">
            {errors.birthYear}
          </p>
        )}
      </div>

      <fieldset className="cp-field">
        <legend>{t('contests.register.unit')}</legend>
        <UnitPicker units={units} value={unitId} onChange={setUnitId} invalid={Boolean(errors.unit)} />
        {errors.unit && <p className="cp-field__error">{errors.unit}</p>}
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
          value={phone}
          aria-invalid={Boolean(errors.phone) || undefined}
          aria-describedby="register-phone-hint"
          onChange={(e) => setPhone(e.target.value)}
        />
        <p className="cp-field__hint" id="register-phone-hint">
          {t('contests.register.phoneHint')}
        </p>
        {errors.phone && <p className="cp-field__error">{errors.phone}</p>}
      </div>

      <fieldset className="cp-field cp-consent">
        <legend>{t('contests.register.consentTitle')}</legend>
        <label className="cp-check">
          <input
            type="checkbox"
            data-testid="register-consent-rules"
            checked={consentRules}
            aria-invalid={(Boolean(errors.consent) && !consentRules) || undefined}
            onChange={(e) => setConsentRules(e.target.checked)}
          />
          <span>{t('contests.register.consentRules')}</span>
        </label>
        <label className="cp-check">
          <input
            type="checkbox"
            data-testid="register-consent-data"
            checked={consentData}
            aria-invalid={(Boolean(errors.consent) && !consentData) || undefined}
            onChange={(e) => setConsentData(e.target.checked)}
          />
          <span>{t('contests.register.consentData')}</span>
        </label>
        <p className="cp-field__hint">{t('contests.register.dataExplained')}</p>
        {errors.consent && <p className="cp-field__error">{errors.consent}</p>}
      </fieldset>

      <button
        type="submit"
        className="btn btn-primary cp-big-btn"
        data-testid="register-submit"
        disabled={result.fetching}
      >
        {result.fetching ? t('contests.register.sending') : t('contests.register.submit')}
      </button>
      <p className="cp-field__hint">{t('contests.register.returning')}</p>
    </form>
  );
}
