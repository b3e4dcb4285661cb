import { normalizePhone, parsePersonalCode } from '@thidua/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RegisterEntrantDocument } from '../graphql/contests.documents';
import { errorReason } from '../utils/contest-errors';
import { saveRegistration, type ContestDevice } from '../utils/device-store';

export type RegisterField = 'fullName' | 'birthYear' | 'unit' | 'phone' | 'entrantCode' | 'consent';

interface Options {
  contestId: string;
  units: readonly { id: string }[];
  prefill: ContestDevice['lastForm'];
  onRegistered: (device: ContestDevice) => void;
}

/**
 * The registration form's values, its checks (each field's message, the first
 * invalid field focused) and the registration itself, kept on the device.
 */
export function useRegisterForm({ contestId, units, prefill, onRegistered }: Options) {
  const { t } = useTranslation();
  const [fullName, setFullName] = useState(prefill?.fullName ?? '');
  const [birthYear, setBirthYear] = useState(prefill?.birthYear ?? '');
  const [unitId, setUnitId] = useState<string | null>(
    prefill?.unitId && units.some((u) => u.id === prefill.unitId) ? prefill.unitId : null,
  );
  const [phone, setPhone] = useState('');
  const [entrantCode, setEntrantCode] = useState(prefill?.entrantCode ?? '');
  const [askCode, setAskCode] = useState(false);
  const [consentRules, setConsentRules] = useState(false);
  const [consentData, setConsentData] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<RegisterField, string>>>({});
  const [result, register] = useMutation(RegisterEntrantDocument);

  function validate(): Partial<Record<RegisterField, string>> {
    const found: Partial<Record<RegisterField, string>> = {};
    const name = fullName.normalize('NFC').replace(/\s+/gu, ' ').trim();
    if (!name) found.fullName = t('contests.register.nameRequired');
    const year = Number(birthYear);
    const thisYear = new Date().getFullYear();
    if (!/^\d{4}$/u.test(birthYear.trim()) || year < thisYear - 120 || year > thisYear)
      found.birthYear = t('contests.register.birthYearInvalid');
    if (!unitId) found.unit = t('contests.register.unitRequired');
    if (!normalizePhone(phone)) found.phone = t('contests.register.phoneInvalid');
    if (entrantCode.trim() && !parsePersonalCode(entrantCode))
      found.entrantCode = t('contests.register.entrantCodeInvalid');
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
        entrantCode: entrantCode.trim() ? parsePersonalCode(entrantCode) : null,
        consent: true,
      },
    });
    const session = response.data?.registerEntrant;
    const reason = errorReason(response.error);
    if (reason === 'ENTRANT_CODE_REQUIRED' || reason === 'ENTRANT_CODE_INVALID') setAskCode(true);
    if (!session) return;
    onRegistered(
      // Shown once by the server: kept here so that the welcome card keeps showing it.
      saveRegistration(
        contestId,
        session,
        session.entrantCode ?? (parsePersonalCode(entrantCode) ? entrantCode.trim() : null),
      ),
    );
  }

  return {
    values: { fullName, birthYear, unitId, phone, entrantCode, consentRules, consentData },
    askCode: askCode || Boolean(prefill?.entrantCode),
    showCode: () => setAskCode(true),
    setEntrantCode,
    setFullName,
    setBirthYear,
    setUnitId,
    setPhone,
    setConsentRules,
    setConsentData,
    errors,
    result,
    submit: (event: FormEvent) => void submit(event),
  };
}
