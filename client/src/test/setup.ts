// Runs before every client test file: DOM matchers, the app's i18n in Vietnamese (the
// default language, so tests read the same text a user sees), a clean DOM after each test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import i18n, { loadAllTexts } from '../lib/i18n';

// jsdom has <dialog> without showModal/close; enough of them for components/dialog.tsx.
if (typeof HTMLDialogElement !== 'undefined' && !('showModal' in HTMLDialogElement.prototype)) {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.open = true;
    },
    show(this: HTMLDialogElement) {
      this.open = true;
    },
    close(this: HTMLDialogElement) {
      this.open = false;
    },
  });
}

beforeAll(async () => {
  await loadAllTexts();
  await i18n.changeLanguage('vi');
});

afterEach(() => {
  cleanup();
});
