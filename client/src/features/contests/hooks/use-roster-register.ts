import { parsePersonalCode } from '@thidua/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { RegisterEntrantDocument, RosterCandidatesDocument } from '../graphql/contests.documents';
import { saveRegistration, type ContestDevice } from '../utils/device-store';

export type RosterField = 'code' | 'unit' | 'person' | 'birthYear' | 'consent';
export type RosterWay = 'code' | 'name';

interface Options {
  contestId: string;
  onRegistered: (device: ContestDevice) => void;
}

/** Waits until typing pauses before searching the roster (each search is rate-limited). */
function useDebounced(value: string, ms = 350): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * The roster way of registering: a personal code (mã cá nhân), or the unit → the
 * name found in its roster → the year of birth. The server confirms it against the
 * roster; a refusal never says which part was wrong.
 */
export function useRosterRegister({ contestId, onRegistered }: Options) {
  const { t } = useTranslation();
  const [way, setWay] = useState<RosterWay>('code');
  const [code, setCode] = useState('');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [person, setPerson] = useState<{ personId: string; fullName: string; subUnit: string } | null>(null);
  const [birthYear, setBirthYear] = useState('');
  const [consentRules, setConsentRules] = useState(false);
  const [consentData, setConsentData] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<RosterField, string>>>({});
  const [result, register] = useMutation(RegisterEntrantDocument);
  const searched = useDebounced(query.trim());
  const [candidates] = useQuery({
    query: RosterCandidatesDocument,
    variables: { input: { contestId, unitId: unitId ?? '', query: searched } },
    pause: way !== 'name' || !unitId || searched.replace(/\s/gu, '').length < 2 || person !== null,
    requestPolicy: 'network-only',
  });

  function validate(): Partial<Record<RosterField, string>> {
    const found: Partial<Record<RosterField, string>> = {};
    if (way === 'code') {
      if (!parsePersonalCode(code)) found.code = t('contests.roster.codeInvalid');
    } else {
      if (!unitId) found.unit = t('contests.register.unitRequired');
      else if (!person) found.person = t('contests.roster.personRequired');
      if (!/^\d{4}$/u.test(birthYear.trim())) found.birthYear = t('contests.register.birthYearInvalid');
    }
    if (!consentRules || !consentData) found.consent = t('contests.register.consentRequired');
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const claim =
      way === 'code'
        ? { personalCode: parsePersonalCode(code)! }
        : { personId: person!.personId, birthYear: Number(birthYear) };
    const response = await register({ input: { contestId, consent: true, ...claim } });
    const session = response.data?.registerEntrant;
    if (!session) return;
    onRegistered(saveRegistration(contestId, session));
  }

  return {
    way,
    setWay: (next: RosterWay) => {
      setWay(next);
      setErrors({});
    },
    values: { code, unitId, query, person, birthYear, consentRules, consentData },
    setCode,
    setUnitId: (id: string) => {
      setUnitId(id);
      setPerson(null);
      setQuery('');
    },
    setQuery,
    pick: setPerson,
    unpick: () => setPerson(null),
    setBirthYear,
    setConsentRules,
    setConsentData,
    candidates: candidates.data?.rosterCandidates ?? [],
    searching: candidates.fetching,
    searchedFor: searched,
    searchError: candidates.error,
    errors,
    result,
    submit: (event: FormEvent) => void submit(event),
  };
}
