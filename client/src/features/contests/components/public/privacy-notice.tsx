import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/ui';

type Way = 'roster' | 'phone';

/**
 * What is collected, why and for how long (Luật Bảo vệ dữ liệu cá nhân 2025; Nghị định
 * 13/2023), shown where the data are collected, before the consent boxes: a short
 * summary, the full text behind "Xem chi tiết" (closed, so that the consent boxes and
 * the submit button stay on the first screens of a phone). `way` says which data this
 * form collects: the roster way collects nothing new (the roster already holds the
 * name), the phone way the name, year of birth, unit and phone.
 */
function PrivacyNotice({ way }: { way: Way }) {
  const { t } = useTranslation();
  return (
    <div className="cp-privacy" data-testid="register-privacy">
      <p className="cp-privacy__title">{t('contests.privacy.title')}</p>
      <ul className="cp-privacy__summary">
        <li>
          <strong>{t('contests.privacy.whatTitle')}:</strong>{' '}
          {t(way === 'roster' ? 'contests.privacy.whatRosterShort' : 'contests.privacy.whatPhoneShort')}
        </li>
        <li>
          <strong>{t('contests.privacy.whyTitle')}:</strong> {t('contests.privacy.whyShort')}
        </li>
        <li>
          <strong>{t('contests.privacy.howLongTitle')}:</strong> {t('contests.privacy.howLongShort')}
        </li>
      </ul>
      <details data-testid="register-privacy-details">
        <summary>{t('contests.privacy.details')}</summary>
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
    </div>
  );
}

/** Both consents (rules, personal data) are required; the error stays until both are ticked. */
function ConsentFields({
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
  way?: Way;
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
      {error && <p className="cp-field__error">{error}</p>}
    </fieldset>
  );
}

/** The consent boxes and, right under them, the submit button (both ways of registering). */
export function ConsentAndSubmit({
  way,
  values,
  error,
  onRulesChange,
  onDataChange,
  fetching,
  submitTestId,
}: {
  way: Way;
  values: { consentRules: boolean; consentData: boolean };
  error: string | undefined;
  onRulesChange: (value: boolean) => void;
  onDataChange: (value: boolean) => void;
  fetching: boolean;
  submitTestId: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ConsentFields
        way={way}
        rules={values.consentRules}
        data={values.consentData}
        error={error}
        onRulesChange={onRulesChange}
        onDataChange={onDataChange}
      />
      <Button type="submit" variant="primary" className="cp-big-btn" data-testid={submitTestId} disabled={fetching}>
        {fetching ? t('contests.register.sending') : t('contests.register.submit')}
      </Button>
    </>
  );
}
