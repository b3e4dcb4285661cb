import { Client, fetchExchange, Provider } from 'urql';
import { PinPage } from '../features/live/components/player/pin-page';
import { PlayPage } from '../features/live/components/player/play-page';
import { usePlayerLocation } from '../lib/player-navigation';

/** The player's GraphQL: public reads only (the game's join information, a roster search), no session. */
const client = new Client({
  url: '/graphql',
  exchanges: [fetchExchange],
  preferGetMethod: false,
  // Apollo's CSRF guard: a request with this header cannot come from a plain cross-site form.
  fetchOptions: { headers: { 'apollo-require-preflight': 'true' } },
});

/** `/play/123456` → the game; `/play` and `/join` (a code card's QR, `?code=`) → the PIN form. */
export function PlayerApp() {
  const location = usePlayerLocation();
  const game = /^\/play\/([^/]*)\/?$/u.exec(location.pathname);
  return <Provider value={client}>{game ? <PlayPage pin={decodeURIComponent(game[1])} /> : <PinPage />}</Provider>;
}
