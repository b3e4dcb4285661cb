/** socket.io rooms of the `/live` namespace. */
export const liveRooms = {
  /** Everyone attached to a game: players, hosts and screens. */
  game: (gameId: string) => `game:${gameId}`,
  /** Players only: they get the state with their own `you`. */
  players: (gameId: string) => `game:${gameId}:players`,
  hosts: (gameId: string) => `game:${gameId}:hosts`,
  screens: (gameId: string) => `game:${gameId}:screens`,
  player: (playerId: string) => `player:${playerId}`,
};
