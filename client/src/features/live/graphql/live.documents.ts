import { graphql } from '../../../generated';

export const LiveGameJoinInfoDocument = graphql(`
  query LiveGameJoinInfo($pin: String!) {
    liveGameJoinInfo(pin: $pin) {
      gameId
      title
      phase
      allowLateJoin
      identityMode
      units {
        id
        code
        name
        kind
        parentName
      }
    }
  }
`);

export const LiveGamesDocument = graphql(`
  query LiveGames {
    liveGames {
      id
      pin
      title
      status
      quizId
      createdAt
      startedAt
      endedAt
      playerCount
      joinPath
    }
  }
`);

export const LiveGameDocument = graphql(`
  query LiveGame($id: ID!) {
    liveGame(id: $id) {
      id
      pin
      title
      status
      quizId
      createdAt
      startedAt
      endedAt
      playerCount
      joinPath
      settings {
        scoringMode
        streakBonus
        unitAggregation
        leaderboardMode
        podiumPlaces
        allowLateJoin
        timeMultiplier
        readingSeconds
        identityMode
        populationKind
      }
      participationBasis
    }
  }
`);

export const StartLiveGameDocument = graphql(`
  mutation StartLiveGame($input: StartLiveGameInput!) {
    startLiveGame(input: $input) {
      id
      pin
    }
  }
`);

export const LiveGameResultsDocument = graphql(`
  query LiveGameResults($id: ID!) {
    liveGameResults(id: $id) {
      unitAggregation
      participationBasis
      verifiedPlayers
      guests
      players {
        playerId
        name
        unitName
        score
        rank
        correctCount
        answeredCount
        verified
      }
      questions {
        index
        prompt
        type
        answered
        correctShare
        averageTimeMs
      }
      units {
        unitId
        unitName
        players
        verified
        guests
        otherKinds
        populationKind
        populationSource
        eligiblePopulation
        participationRate
        meanScore
        score
        rank
      }
    }
  }
`);

export const LiveQuizzesDocument = graphql(`
  query LiveQuizzes {
    quizzes {
      id
      title
      mode
    }
  }
`);

/** "Find my name": the public roster search of the game's units (rate-limited; names only, no birth data). */
export const LiveRosterCandidatesDocument = graphql(`
  query LiveRosterCandidates($input: RosterSearchInput!) {
    rosterCandidates(input: $input) {
      personId
      fullName
      subUnit
    }
  }
`);

/** The ward's population kinds, for the new game's "population counted" choice. */
