import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import vi from '../locales/vi.json';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const LANGUAGE_KEY = 'thidua.lang';

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
    if (stored === 'vi' || stored === 'en') return stored;
  } catch {
    // No storage: default language.
  }
  return 'vi';
}

function applyDocumentLanguage(lang: string): void {
  document.documentElement.lang = lang;
}

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
});

applyDocumentLanguage(i18n.language);
document.title = i18n.t('app.name');
i18n.on('languageChanged', (lang) => {
  applyDocumentLanguage(lang);
  document.title = i18n.t('app.name');
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Not remembered; fine.
  }
});

export default i18n;
