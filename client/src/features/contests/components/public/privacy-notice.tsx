import { useTranslation } from 'react-i18next';

/**
 * What is collected, why and for how long (Luật Bảo vệ dữ liệu cá nhân 2025; Nghị định
 * 13/2023), shown where the data are collected, before the consent boxes. `way` says
 * which data this form collects: the roster way collects nothing new (the roster
 * already holds the name), the phone way the name, year of birth, unit and phone.
 */
export function PrivacyNotice({ way }: { way: 'roster' | 'phone' }) {
  const { t } = useTranslation();
  return (
    <details className="cp-privacy" data-testid="register-privacy" open>
      <summary>{t('contests.privacy.title')}</summary>
      <dl>
        <dt>{t('contests.privacy.whatTitle')}</dt>
        <dd>{t(way === 'roster' ? 'contests.privacy.whatRoster' : 'contests.privacy.whatPhone')}</dd>
        <dt>{t('contests.privacy.whyTitle')}</dt>
        <dd>{t('contests.privacy.why')}</dd>
        <dt>{t('contests.privacy.howLongTitle')}</dt>
        <dd>{t('contests.privacy.howLong')}</dd>
        <dt>{t('contests.privacy.rightsTitle')}</dt>
        <dd>{t('contests.privacy.rights')}</dd>
      </dl>
    </details>
  );
}

/** Both consents (rules, personal data) are required; the error stays until both are ticked. */
export function ConsentFields({
  rules,
  data,
  error,
  way = 'phone',
  onRulesChange,
  onDataChange,
}: {
  rules: boolean;
  data: boolean;
  error: string | undefined;
  way?: 'roster' | 'phone';
  onRulesChange: (value: boolean) => void;
  onDataChange: (value: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="cp-field cp-consent">
      <legend>{t('contests.register.consentTitle')}</legend>
      <PrivacyNotice way={way} />
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
        <span>{t(way === 'roster' ? 'contests.register.consentDataRoster' : 'contests.register.consentData')}</span>
      </label>
      <p className="cp-field__hint">{t('contests.register.dataExplained')}</p>
      {error && <p className="cp-field__error">{error}</p>}
    </fieldset>
  );
}
