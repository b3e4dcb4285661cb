import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/**
 * The player's pages (`/play`, `/join`, `/play/:pin`) are their own small app (src/player), without
 * react-router: a phone in a hall downloads only what those three addresses need. This is all the
 * routing they use: the current address, and moving to another of them without a page load.
 */

const CHANGE = 'thidua:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const currentHref = () => window.location.pathname + window.location.search;

/** The address as a URL (path and query), re-rendering on back/forward and on `goTo`. */
export function usePlayerLocation(): URL {
  const href = useSyncExternalStore(subscribe, currentHref);
  return new URL(href, window.location.origin);
}

/** Goes to another of the player's addresses, as a link would, without reloading the app. */
export function goTo(path: string): void {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(CHANGE));
}

/** A link between the player's pages: a plain `<a href>` that `goTo`s on a plain click. */
export function PlayerLink({ to, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  function follow(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    goTo(to);
  }
  return <a {...rest} href={to} onClick={follow} />;
}
