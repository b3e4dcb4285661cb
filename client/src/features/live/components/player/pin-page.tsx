import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../../components/form-error';
import { PlayerLayout } from './player-layout';
import { Button } from '../../../../components/ui';
import { usePageTitle } from '../../../../lib/page-title';
import { goTo, usePlayerLocation } from '../../../../lib/player-navigation';

/**
 * `/play`: type the 6-digit PIN shown on the screen. Also `/join?code=…`, the link of a
 * personal code card's QR: the code goes on to the game, where it is filled in.
 */
export function PinPage() {
  const { t } = useTranslation();
  usePageTitle(t('live.player.pageTitle'));
  const code = usePlayerLocation().searchParams.get('code')?.trim() ?? '';
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const digits = pin.replace(/\D/gu, '');
    if (digits.length !== 6) {
      setError(t('live.join.badPin'));
      return;
    }
    goTo(code ? `/play/${digits}?code=${encodeURIComponent(code)}` : `/play/${digits}`);
  }

  return (
    <PlayerLayout>
      <form className="player-card pin-form" onSubmit={submit} noValidate aria-describedby="pin-error">
        <h1>{t('live.join.pinTitle')}</h1>
        <p className="muted">{t('live.join.pinLead')}</p>
        <FormError message={error} id="pin-error" />
        <label htmlFor="join-pin" className="sr-only">
          {t('live.join.pin')}
        </label>
        <input
          id="join-pin"
          data-testid="join-pin"
          className="pin-form__input"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]*"
          maxLength={7}
          placeholder="123456"
          value={pin}
          onChange={(e) => setPin(e.target.value.replace(/[^\d ]/gu, ''))}
        />
        <Button type="submit" variant="primary" className="btn-block player-submit" data-testid="join-submit">
          {t('live.join.enter')}
        </Button>
      </form>
    </PlayerLayout>
  );
}
