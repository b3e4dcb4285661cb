import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
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

/**
 * Vietnamese is in the entry chunk (most users read it, and a phone in a hall should not wait for
 * a second request); English is its own chunk, fetched when chosen (i18next asks this backend
 * for a language it has no bundle of).
 */
const otherLanguages: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (language !== 'en') return callback(null, {});
    import('../locales/en.json').then(
      (en) => callback(null, en.default as ResourceKey),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** Resolves once the stored language's texts are in (at once for Vietnamese). */
export const i18nReady = i18n
  .use(otherLanguages)
  .use(initReactI18next)
  .init({
    resources: { vi: { translation: vi } },
    partialBundledLanguages: true,
    lng: storedLanguage(),
    fallbackLng: 'vi',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  .then(() => {
    applyDocumentLanguage(i18n.language);
    document.title = i18n.t('app.name');
  });

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
