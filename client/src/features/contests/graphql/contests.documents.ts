import { graphql } from '../../../generated';

// ---------- public: residents, authenticated by the tokens the server issued ----------

export const ContestIdBySlugDocument = graphql(`
  query ContestIdBySlug($slug: String!) {
    contestIdBySlug(slug: $slug)
  }
`);

export const PublicContestDocument = graphql(`
  query PublicContest($id: ID!) {
    contest(id: $id) {
      id
      slug
      title
      rulesText
      status
      questionsPerAttempt
      timeLimitSeconds
      graceSeconds
      attemptsPerRound
      countingAttempt
      predictionKind
      predictionQuestion
      rankingChain
      identityMode
      answerKeyReveal
      serverTime
      rounds {
        id
        name
        startsAt
        endsAt
      }
      currentRound {
        id
        name
        startsAt
        endsAt
      }
      units {
        id
        code
        name
        kind
        parentId
      }
    }
  }
`);

export const RegisterEntrantDocument = graphql(`
  mutation RegisterEntrant($input: RegisterEntrantInput!) {
    registerEntrant(input: $input) {
      entrantToken
      entrantCode
      entrant {
        id
        fullName
        birthYear
        unitId
        unitName
        phoneMasked
        verified
      }
    }
  }
`);

/** Names on a unit's roster matching what was typed (public, rate-limited; scope = the contest's units). */
export const RosterCandidatesDocument = graphql(`
  query RosterCandidates($input: RosterSearchInput!) {
    rosterCandidates(input: $input) {
      personId
      fullName
      subUnit
    }
  }
`);

export const AttemptFieldsFragment = graphql(`
  fragment AttemptFields on Attempt {
    id
    startedAt
    deadlineAt
    graceSeconds
    remainingMs
    serverTime
    submitted
    autoClosed
    predictionKind
    predictionQuestion
    questions {
      index
      type
      prompt
      points
      unit
      image {
        src
        srcSet
        alt
        width
        height
      }
      options {
        id
        text
      }
    }
    answers {
      index
      optionIds
      value
      savedAt
    }
  }
`);

export const StartAttemptDocument = graphql(`
  mutation StartAttempt($entrantToken: String!) {
    startAttempt(entrantToken: $entrantToken) {
      attemptToken
      attempt {
        ...AttemptFields
      }
    }
  }
`);

export const AttemptDocument = graphql(`
  query Attempt($attemptToken: String!) {
    attempt(attemptToken: $attemptToken) {
      ...AttemptFields
    }
  }
`);

export const SaveAnswerDocument = graphql(`
  mutation SaveAnswer($input: SaveAnswerInput!) {
    saveAnswer(input: $input) {
      index
      savedAt
    }
  }
`);

export const SubmitAttemptDocument = graphql(`
  mutation SubmitAttempt($input: SubmitAttemptInput!) {
    submitAttempt(input: $input) {
      attemptId
      score
      maxScore
      correctCount
      durationMs
      submittedAt
    }
  }
`);

export const AttemptResultDocument = graphql(`
  query AttemptResult($attemptToken: String!) {
    attemptResult(attemptToken: $attemptToken) {
      attemptId
      autoClosed
      score
      maxScore
      correctCount
      questionCount
      durationMs
      prediction
      submittedAt
      keyRevealed
      keyDecision
      keyShownAt
      questions {
        index
        type
        prompt
        points
        earned
        credit
        explanation
        sectionTitle
        correctOptionIds
        correctValue
        yourOptionIds
        yourValue
        options {
          id
          text
          correct
        }
      }
    }
  }
`);

// ---------- admin (ADMIN; REVIEWER reads) ----------

export const ContestFieldsFragment = graphql(`
  fragment ContestFields on Contest {
    id
    title
    rulesText
    status
    isDemo
    createdAt
    questionsPerAttempt
    timeLimitSeconds
    attemptsPerRound
    countingAttempt
    predictionKind
    rankingChain
    shuffleOptions
    identityMode
    populationKind
    answerKeyReveal
    participationBasis
    eligibleUnitIds
    drawRules {
      sectionId
      difficulty
      tag
      count
    }
    rounds {
      id
      name
      startsAt
      endsAt
      frozenAt
      publishedAt
    }
    unitPrize {
      participationPoints
      prizeTiers {
        label
        count
        unitPoints
      }
    }
  }
`);

export const ContestsDocument = graphql(`
  query Contests {
    contests {
      ...ContestFields
    }
  }
`);

export const ContestSetupDataDocument = graphql(`
  query ContestSetupData {
    resolutions {
      id
      code
      title
      sections {
        id
        key
        title
      }
    }
    units {
      id
      code
      name
      kind
      parentId
      eligiblePopulation
    }
  }
`);

export const CreateContestDocument = graphql(`
  mutation CreateContest($input: CreateContestInput!) {
    createContest(input: $input) {
      ...ContestFields
    }
  }
`);

export const UpdateContestDocument = graphql(`
  mutation UpdateContest($input: UpdateContestInput!) {
    updateContest(input: $input) {
      ...ContestFields
    }
  }
`);

export const OpenContestDocument = graphql(`
  mutation OpenContest($id: ID!) {
    openContest(id: $id) {
      ...ContestFields
    }
  }
`);

export const CloseContestDocument = graphql(`
  mutation CloseContest($id: ID!) {
    closeContest(id: $id) {
      ...ContestFields
    }
  }
`);

export const FreezeContestRoundDocument = graphql(`
  mutation FreezeContestRound($id: ID!) {
    freezeContestRound(id: $id) {
      id
      frozenAt
      publishedAt
    }
  }
`);

export const PublishContestRoundDocument = graphql(`
  mutation PublishContestRound($id: ID!) {
    publishContestRound(id: $id) {
      id
      frozenAt
      publishedAt
    }
  }
`);

export const ContestResultsDocument = graphql(`
  query ContestResults($contestId: ID!, $roundId: ID) {
    contestResults(contestId: $contestId, roundId: $roundId) {
      contestId
      roundId
      roundName
      predictionKind
      actual
      rankingChain
      totalEntrants
      verifiedEntrants
      unverifiedEntrants
      participationFormula
      participationBasis
      identityMode
      totalAttempts
      individuals {
        rank
        entrantId
        attemptId
        fullName
        birthYear
        phoneMasked
        unitId
        unitName
        score
        maxScore
        correctCount
        durationMs
        prediction
        predictionDistance
        submittedAt
        attemptsUsed
        decidedBy
        flagged
        prize
        verified
      }
      winners {
        rank
        entrantId
        fullName
        unitName
        prize
        verified
        phoneMasked
        phoneKept
        decidedAgainstNext
        evidence
      }
      units {
        rank
        unitId
        unitCode
        unitName
        entrants
        unverified
        otherKinds
        eligiblePopulation
        populationKind
        populationSource
        participationRate
        averageScore
        averageScoreShare
        prizePoints
        prizeScore
      }
    }
  }
`);

export const ContestFlagsDocument = graphql(`
  query ContestFlags($contestId: ID!, $unresolvedOnly: Boolean) {
    contestFlags(contestId: $contestId, unresolvedOnly: $unresolvedOnly) {
      id
      kind
      entrantId
      entrantName
      phoneMasked
      attemptId
      details
      resolution
      resolutionNote
      reviewedAt
      createdAt
    }
  }
`);

export const ResolveContestFlagDocument = graphql(`
  mutation ResolveContestFlag($input: ResolveContestFlagInput!) {
    resolveContestFlag(input: $input)
  }
`);

/** ADMIN only: a prize winner's phone number, to call them (recorded as a data audit event). */
export const RevealWinnerPhoneDocument = graphql(`
  mutation RevealWinnerPhone($entrantId: ID!) {
    revealWinnerPhone(entrantId: $entrantId)
  }
`);
