import { normalizePhone } from '@thidua/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RegisterEntrantDocument } from '../graphql/contests.documents';
import { saveEntrant, type ContestDevice } from '../utils/device-store';

export type RegisterField = 'fullName' | 'birthYear' | 'unit' | 'phone' | 'consent';

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

  return {
    values: { fullName, birthYear, unitId, phone, consentRules, consentData },
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
