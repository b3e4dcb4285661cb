import {
  compareVietnamese,
  formatPersonalCode,
  matchesSearch,
  parsePersonalCode,
  type JoinIdentity,
} from '@thidua/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../../components/form-error';
import { Button } from '../../../../components/ui';
import { errorText } from '../../../../lib/error-text';
import type { JoinUnit } from '../../hooks/use-join-info';
import { useRosterSearch } from '../../hooks/use-roster-search';

interface JoinIdentityProps {
  pin: string;
  title: string;
  units: readonly JoinUnit[];
  /** From a printed card's QR code (`?code=`). */
  presetCode: string;
  /** A unit QR code pre-selects the unit of "find my name". */
  presetUnitId: string | null;
  /** The game takes guests (not ROSTER_ONLY): offer "join as a guest". */
  guestsAllowed: boolean;
  busy: boolean;
  error: string | null;
  onJoin: (identity: JoinIdentity) => void;
  onGuest: () => void;
}

type Step = 'code' | 'unit' | 'name' | 'year';

/**
 * Who the player is, first: their personal code (the card, "Mã cá nhân"), or "find my
 * name" — pick the unit, type the name, pick it, confirm the year of birth. Guests only
 * when the game allows them. Phones first: large type, one thing per screen.
 */
export function JoinIdentity(props: JoinIdentityProps) {
  const { t } = useTranslation();
  const { pin, title, units, presetCode, presetUnitId, guestsAllowed, busy, error, onJoin, onGuest } = props;
  const [step, setStep] = useState<Step>('code');
  const [code, setCode] = useState(presetCode);
  const [unitId, setUnitId] = useState<string | null>(units.some((u) => u.id === presetUnitId) ? presetUnitId : null);
  const [unitQuery, setUnitQuery] = useState('');
  const [nameQuery, setNameQuery] = useState('');
  const [picked, setPicked] = useState<{ personId: string; fullName: string; subUnit: string } | null>(null);
  const [year, setYear] = useState('');
  const [validation, setValidation] = useState<string | null>(null);
  const search = useRosterSearch(pin, step === 'name' ? unitId : null, nameQuery);

  const unitGroups = useMemo(() => {
    const matched = units.filter((u) => matchesSearch(`${u.name} ${u.code} ${u.parentName ?? ''}`, unitQuery));
    return [...matched].sort(
      (a, b) => compareVietnamese(a.parentName ?? '', b.parentName ?? '') || compareVietnamese(a.name, b.name),
    );
  }, [units, unitQuery]);
  const unit = units.find((u) => u.id === unitId) ?? null;

  function go(next: Step) {
    setValidation(null);
    setStep(next);
  }

  function submitCode(event: FormEvent) {
    event.preventDefault();
    const parsed = parsePersonalCode(code);
    if (!parsed) return setValidation(t('live.identity.codeInvalid'));
    setValidation(null);
    onJoin({ personalCode: parsed });
  }

  function submitYear(event: FormEvent) {
    event.preventDefault();
    const value = Number(year.trim());
    if (!picked) return go('name');
    if (!/^\d{4}$/u.test(year.trim()) || value < 1900 || value > new Date().getFullYear())
      return setValidation(t('live.identity.yearInvalid'));
    setValidation(null);
    onJoin({ personId: picked.personId, birthYear: value });
  }

  const guest = guestsAllowed && (
    <Button className="btn-block join-identity__guest" data-testid="join-as-guest" onClick={onGuest}>
      {t('live.identity.asGuest')}
    </Button>
  );
  const message = validation ?? error;

  if (step === 'code') {
    const parsed = parsePersonalCode(code);
    return (
      <form className="player-card join-form join-identity" onSubmit={submitCode} noValidate>
        <p className="join-form__game">{title}</p>
        <h1>{t('live.identity.title')}</h1>
        <FormError message={message} id="join-error" />
        <div className="field">
          <label htmlFor="join-code">{t('live.identity.code')}</label>
          <input
            id="join-code"
            data-testid="join-code"
            className="join-form__input join-identity__code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            inputMode="text"
            maxLength={20}
            placeholder="XXXX-XXXX"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            aria-describedby="join-code-hint"
          />
          <p className="field__hint" id="join-code-hint">
            {parsed
              ? t('live.identity.codeLooksRight', { code: formatPersonalCode(parsed) })
              : t('live.identity.codeHint')}
          </p>
        </div>
        <Button
          type="submit"
          variant="primary"
          className="btn-block player-submit"
          data-testid="join-code-submit"
          disabled={busy}
        >
          {busy ? t('live.join.joining') : t('live.identity.join')}
        </Button>
        <div className="join-identity__alternatives">
          <Button className="btn-block" data-testid="join-find-name" onClick={() => go(unitId ? 'name' : 'unit')}>
            {t('live.identity.findName')}
          </Button>
          {guest}
        </div>
      </form>
    );
  }

  if (step === 'unit') {
    return (
      <section className="player-card join-form join-identity">
        <p className="join-form__game">{title}</p>
        <h1>{t('live.identity.pickUnit')}</h1>
        <label htmlFor="join-identity-unit-search" className="sr-only">
          {t('live.join.unitSearch')}
        </label>
        <input
          id="join-identity-unit-search"
          data-testid="join-identity-unit-search"
          className="join-form__input"
          type="search"
          placeholder={t('live.join.unitSearch')}
          value={unitQuery}
          onChange={(e) => setUnitQuery(e.target.value)}
        />
        <ul className="join-identity__list">
          {unitGroups.map((u) => (
            <li key={u.id}>
              <button
                type="button"
                className="join-identity__pick"
                data-testid={`join-identity-unit-${u.code}`}
                onClick={() => {
                  setUnitId(u.id);
                  setPicked(null);
                  go('name');
                }}
              >
                <strong>{u.name}</strong>
                {u.parentName && <span className="muted"> · {u.parentName}</span>}
              </button>
            </li>
          ))}
        </ul>
        {unitGroups.length === 0 && <p className="muted">{t('live.join.noUnitMatch')}</p>}
        <Button className="btn-block" onClick={() => go('code')}>
          {t('live.identity.back')}
        </Button>
      </section>
    );
  }

  if (step === 'name') {
    return (
      <section className="player-card join-form join-identity">
        <p className="join-form__game">{title}</p>
        <h1>{t('live.identity.findName')}</h1>
        {unit && (
          <p className="join-identity__unit">
            <strong>{unit.name}</strong>{' '}
            <Button size="small" onClick={() => go('unit')}>
              {t('live.join.changeUnit')}
            </Button>
          </p>
        )}
        <FormError message={message ?? (search.error ? errorText(t, search.error) : null)} id="join-error" />
        <div className="field">
          <label htmlFor="join-identity-name">{t('live.identity.typeName')}</label>
          <input
            id="join-identity-name"
            data-testid="join-identity-name"
            className="join-form__input"
            type="search"
            autoComplete="off"
            value={nameQuery}
            onChange={(e) => setNameQuery(e.target.value)}
          />
          <p className="field__hint">{t('live.identity.typeNameHint')}</p>
        </div>
        <ul className="join-identity__list" aria-live="polite" aria-busy={search.fetching}>
          {search.candidates.map((c) => (
            <li key={c.personId}>
              <button
                type="button"
                className="join-identity__pick"
                data-testid="join-identity-candidate"
                onClick={() => {
                  setPicked(c);
                  go('year');
                }}
              >
                <strong>{c.fullName}</strong>
                {c.subUnit && <span className="muted"> · {c.subUnit}</span>}
              </button>
            </li>
          ))}
        </ul>
        {search.ready && !search.fetching && search.candidates.length === 0 && (
          <p className="muted" data-testid="join-identity-no-match">
            {t('live.identity.noMatch')}
          </p>
        )}
        <Button className="btn-block" onClick={() => go('code')}>
          {t('live.identity.back')}
        </Button>
      </section>
    );
  }

  return (
    <form className="player-card join-form join-identity" onSubmit={submitYear} noValidate>
      <p className="join-form__game">{title}</p>
      <h1>{picked?.fullName}</h1>
      <FormError message={message} id="join-error" />
      <div className="field">
        <label htmlFor="join-identity-year">{t('live.identity.birthYear')}</label>
        <input
          id="join-identity-year"
          data-testid="join-identity-year"
          className="join-form__input join-identity__year"
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
          placeholder="2012"
          value={year}
          onChange={(e) => setYear(e.target.value.replace(/\D/gu, ''))}
        />
        <p className="field__hint">{t('live.identity.birthYearHint')}</p>
      </div>
      <Button
        type="submit"
        variant="primary"
        className="btn-block player-submit"
        data-testid="join-identity-submit"
        disabled={busy}
      >
        {busy ? t('live.join.joining') : t('live.identity.join')}
      </Button>
      <Button className="btn-block" onClick={() => go('name')}>
        {t('live.identity.notMe')}
      </Button>
    </form>
  );
}
