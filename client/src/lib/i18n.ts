import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
// The sections a phone needs for the live game (and the error and sign-in pages); the rest of the
// Vietnamese texts come with the first page that needs them (`loadAllTexts`).
import {
  app,
  auth,
  common,
  errors,
  language,
  live,
  nav,
  noPermission,
  notFound,
  roles,
  signIn,
  unitKind,
  userMenu,
} from '../locales/vi.json';

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

/** The Vietnamese texts in the entry: what the live game's phone and screen read. */
const liveTexts = {
  app,
  auth,
  common,
  errors,
  language,
  live,
  nav,
  noPermission,
  notFound,
  roles,
  signIn,
  unitKind,
  userMenu,
};
export const LIVE_TEXT_SECTIONS: readonly string[] = Object.keys(liveTexts);

/**
 * Vietnamese for the live game is in the entry chunk (most users read it, and a phone in a hall should not wait for
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
    resources: { vi: { translation: liveTexts } },
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

let allTexts: Promise<void> | null = null;

/**
 * Every Vietnamese text (its own chunk): the staff pages, the contest and board pages wait for it
 * (app/router.tsx), the live game's phone and screen do not.
 */
export function loadAllTexts(): Promise<void> {
  allTexts ??= import('../locales/vi.json?all').then((all) => {
    i18n.addResourceBundle('vi', 'translation', all.default, true, true);
  });
  return allTexts;
}

export default i18n;
