import { Injectable } from '@nestjs/common';
import type { ContestRaceClientEvents, ContestRaceServerEvents, RaceSnapshot } from '@thidua/shared';
import type { Namespace, Socket } from 'socket.io';

export type ContestRaceNamespace = Namespace<ContestRaceClientEvents, ContestRaceServerEvents>;
export type ContestRaceSocket = Socket<ContestRaceClientEvents, ContestRaceServerEvents>;

export const raceRoom = (contestId: string) => `contest:${contestId}`;

/** The one place that emits on `/contest-race`: services say what changed, this knows rooms. */
@Injectable()
export class ContestRaceBroadcaster {
  private namespace: ContestRaceNamespace | null = null;

  attach(namespace: ContestRaceNamespace): void {
    this.namespace = namespace;
  }

  emitRace(snapshot: RaceSnapshot): void {
    this.namespace?.to(raceRoom(snapshot.contestId)).emit('race', snapshot);
  }
}
