import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePageTitle } from './page-title';

describe('usePageTitle', () => {
  it('names the page, then the app; the app alone while the page has no title yet', () => {
    const { rerender } = renderHook(({ title }: { title: string | null }) => usePageTitle(title), {
      initialProps: { title: null as string | null },
    });
    expect(document.title).toBe('thidua');
    rerender({ title: 'Tìm hiểu Nghị quyết 57' });
    expect(document.title).toBe('Tìm hiểu Nghị quyết 57 · thidua');
  });
});
