import { afterEach, describe, expect, it } from 'vitest';
import { markClipped } from './use-hidden-count';

/** A box `height` px tall holding `count` items `itemHeight` px tall, stacked (jsdom has no layout). */
function stack(count: number, itemHeight: number, height: number): HTMLElement {
  const box = document.createElement('div');
  Object.defineProperty(box, 'clientHeight', { value: height, configurable: true });
  Object.defineProperty(box, 'clientWidth', { value: 500 });
  for (let i = 0; i < count; i++) {
    const item = document.createElement('div');
    Object.defineProperties(item, {
      offsetTop: { value: i * itemHeight },
      offsetLeft: { value: 0 },
      offsetHeight: { value: itemHeight },
      offsetWidth: { value: 500 },
      offsetParent: { value: box },
    });
    box.append(item);
  }
  document.body.append(box);
  return box;
}

describe('markClipped', () => {
  afterEach(() => document.body.replaceChildren());

  it('hides the first item cut by the bottom edge and every one after it', () => {
    const box = stack(5, 30, 100);
    expect(markClipped(box, ':scope > *')).toBe(2);
    const items = Array.from(box.children);
    expect(items.map((i) => i.hasAttribute('data-clipped'))).toEqual([false, false, false, true, true]);
    expect(items[3]).toHaveAttribute('aria-hidden', 'true');
  });

  it('shows them again when the box grows', () => {
    const box = stack(5, 30, 100);
    markClipped(box, ':scope > *');
    Object.defineProperty(box, 'clientHeight', { value: 150 });
    expect(markClipped(box, ':scope > *')).toBe(0);
    expect(box.querySelector('[data-clipped]')).toBeNull();
    expect(box.querySelector('[aria-hidden]')).toBeNull();
  });

  it('keeps an item that ends exactly at the edge', () => {
    expect(markClipped(stack(4, 25, 100), ':scope > *')).toBe(0);
  });
});
