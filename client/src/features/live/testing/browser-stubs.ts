import { vi } from 'vitest';

/**
 * What jsdom lacks and the live views use: `matchMedia` (the rank animation asks for
 * reduced motion — answered yes, so nothing animates) and `<dialog>.showModal/close`.
 */
export function stubBrowserApis(): void {
  vi.stubGlobal('matchMedia', (query: string): Pick<MediaQueryList, 'matches' | 'media'> => ({
    matches: true,
    media: query,
  }));
  const dialog: Partial<Pick<HTMLDialogElement, 'showModal' | 'close'>> = HTMLDialogElement.prototype;
  dialog.showModal ??= function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  dialog.close ??= function close(this: HTMLDialogElement) {
    this.open = false;
  };
}
