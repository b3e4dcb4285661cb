import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../lib/i18n';

/** vi / en toggle; the choice is remembered by the i18n module. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className={`lang-switch ${className ?? ''}`} role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="lang-switch__btn"
          aria-pressed={i18n.language === lang}
          data-testid={`lang-${lang}`}
          onClick={() => void i18n.changeLanguage(lang)}
        >
          <span aria-hidden="true">{lang.toUpperCase()}</span>
          <span className="sr-only">{t(`language.${lang}`)}</span>
        </button>
      ))}
    </div>
  );
}
