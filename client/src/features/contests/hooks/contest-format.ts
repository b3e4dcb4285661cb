/**
 * Moved to `../utils/contest-format`; kept only until the race board (owned by the
 * realtime work) imports from there. Delete once nothing imports this path.
 */
export * from '../utils/contest-format';
