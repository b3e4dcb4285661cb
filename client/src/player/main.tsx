import { createRoot } from 'react-dom/client';
import { i18nReady } from '../lib/i18n';
import { PlayerApp } from './player-app';
import '../styles/global.css';

/**
 * The player's app (play.html): the phone's pages of a live game, built on Preact (vite.player.config.ts) so a
 * phone on a hall's 3G loads it like a text message. The staff app (index.html) is a separate build on React.
 */
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from play.html');

void i18nReady.then(() => createRoot(root).render(<PlayerApp />));
