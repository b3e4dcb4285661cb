import type { Plugin } from 'vite';

/** The player's addresses, served by play.html (the server does the same: server/src/bootstrap.ts). */
const PLAYER_PATH = /^\/(?:play|join)(?:[/?]|$)/u;

/** `npm run dev`: `/play…` and `/join…` get the player's page (play.html), as in production. */
export function playerPages(): Plugin {
  return {
    name: 'thidua-player-pages',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url && PLAYER_PATH.test(req.url)) req.url = '/play.html';
        next();
      });
    },
  };
}
