/** The race board on its own chunk: a resident's phone never downloads socket.io-client or the QR encoder. */
import './contests.css';

export { RacePage } from './components/board/race-page';
