import { compareVietnamese, matchesSearch } from '@thidua/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../../components/form-error';
import type { JoinUnit } from '../../hooks/use-join-info';
import { Button } from '../../../../components/ui';

interface JoinFormProps {
  title: string;
  units: readonly JoinUnit[];
  /** From a unit QR code: chosen already (the player may still change it). */
  presetUnitId: string | null;
  initialName: string;
  busy: boolean;
  error: string | null;
  onJoin: (name: string, unitId: string | null) => void;
  /** The game prefers roster persons: say that a guest is shown but not counted for a unit. */
  guestNotice?: boolean;
  /** "I have a personal code": to the identity screen. */
  onHaveCode?: () => void;
}

const MAX_NAME = 30;
/** "Guest" choice: not part of any unit. */
const NO_UNIT = '';

/** Name + unit; the unit list is searchable without diacritics and grouped by parent. */
export function JoinForm({
  title,
  units,
  presetUnitId,
  initialName,
  busy,
  error,
  onJoin,
  guestNotice = false,
  onHaveCode,
}: JoinFormProps) {
  const { t } = useTranslation();
  const preset = units.find((u) => u.id === presetUnitId) ?? null;
  const [name, setName] = useState(initialName);
  const [unitId, setUnitId] = useState<string | null>(preset ? preset.id : null);
  const [picking, setPicking] = useState(!preset);
  const [query, setQuery] = useState('');
  const [validation, setValidation] = useState<string | null>(null);

  const groups = useMemo(() => {
    const matched = units.filter((u) => matchesSearch(`${u.name} ${u.code} ${u.parentName ?? ''}`, query));
    const byParent = new Map<string, JoinUnit[]>();
    for (const unit of matched) {
      const key = unit.parentName ?? '';
      byParent.set(key, [...(byParent.get(key) ?? []), unit]);
    }
    return [...byParent]
      .sort(([a], [b]) => compareVietnamese(a, b))
      .map(([parent, list]) => ({ parent, list: list.sort((a, b) => compareVietnamese(a.name, b.name)) }));
  }, [units, query]);

  const chosen = units.find((u) => u.id === unitId) ?? null;
  const needsUnit = units.length > 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    const clean = name.normalize('NFC').replace(/\s+/gu, ' ').trim();
    if (!clean) return setValidation(t('live.join.nameRequired'));
    if (clean.length > MAX_NAME) return setValidation(t('live.join.nameTooLong', { max: MAX_NAME }));
    if (needsUnit && unitId === null) return setValidation(t('live.join.unitRequired'));
    setValidation(null);
    onJoin(clean, unitId === NO_UNIT ? null : unitId);
  }

  return (
    <form className="player-card join-form" onSubmit={submit} noValidate aria-describedby="join-error">
      <p className="join-form__game">{title}</p>
      <h1>{guestNotice ? t('live.identity.guestTitle') : t('live.join.title')}</h1>
      {guestNotice && (
        <p className="join-identity__notice" data-testid="join-guest-notice">
          {t('live.identity.guestNotice')}
        </p>
      )}
      <FormError message={validation ?? error} id="join-error" />
      <div className="field">
        <label htmlFor="join-name">{t('live.join.name')}</label>
        <input
          id="join-name"
          data-testid="join-name"
          className="join-form__input"
          autoComplete="nickname"
          autoCapitalize="words"
          maxLength={MAX_NAME + 10}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <p className="field__hint">{t('live.join.nameHint')}</p>
      </div>

      {needsUnit && (
        <fieldset className="join-units">
          <legend>{t('live.join.unit')}</legend>
          {chosen && !picking ? (
            <div className="join-units__chosen">
              <span>
                <strong>{chosen.name}</strong>
                {chosen.parentName && <span className="muted"> · {chosen.parentName}</span>}
              </span>
              <Button onClick={() => setPicking(true)}>{t('live.join.changeUnit')}</Button>
            </div>
          ) : (
            <>
              <label htmlFor="join-unit-search" className="sr-only">
                {t('live.join.unitSearch')}
              </label>
              <input
                id="join-unit-search"
                data-testid="join-unit-search"
                className="join-form__input"
                type="search"
                placeholder={t('live.join.unitSearch')}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
              <div className="join-units__list" role="radiogroup" aria-label={t('live.join.unit')}>
                {groups.map((group) => (
                  <div key={group.parent} className="join-units__group">
                    {group.parent && <p className="join-units__parent">{group.parent}</p>}
                    {group.list.map((unit) => (
                      <label
                        key={unit.id}
                        className={`join-unit${unitId === unit.id ? ' is-selected' : ''}`}
                        data-testid={`join-unit-${unit.code}`}
                      >
                        <input
                          type="radio"
                          name="unit"
                          value={unit.id}
                          checked={unitId === unit.id}
                          onChange={() => setUnitId(unit.id)}
                        />
                        <span>{unit.name}</span>
                      </label>
                    ))}
                  </div>
                ))}
                {groups.length === 0 && <p className="muted">{t('live.join.noUnitMatch')}</p>}
                <label
                  className={`join-unit join-unit--guest${unitId === NO_UNIT ? ' is-selected' : ''}`}
                  data-testid="join-unit-none"
                >
                  <input
                    type="radio"
                    name="unit"
                    value=""
                    checked={unitId === NO_UNIT}
                    onChange={() => setUnitId(NO_UNIT)}
                  />
                  <span>{t('live.join.noUnit')}</span>
                </label>
              </div>
            </>
          )}
        </fieldset>
      )}

      <Button
        type="submit"
        variant="primary"
        className="btn-block player-submit"
        data-testid="join-submit"
        disabled={busy}
      >
        {busy ? t('live.join.joining') : t('live.join.submit')}
      </Button>
      {onHaveCode && (
        <Button className="btn-block join-identity__have-code" data-testid="join-have-code" onClick={onHaveCode}>
          {guestNotice ? t('live.identity.backToIdentity') : t('live.identity.haveCode')}
        </Button>
      )}
    </form>
  );
}
