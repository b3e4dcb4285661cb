/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        username\n        displayName\n        role\n        unit {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input)\n  }\n": typeof types.SignOutDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment CampaignFields on Campaign {\n    id\n    title\n    description\n    status\n    totalPoints\n    boardEnabled\n    boardSource\n    isDemo\n    countedBeforeRosters\n    launchedAt\n    createdAt\n    tieRule {\n      kind\n      indicatorIds\n    }\n    tieRuleText\n    indicatorIssues {\n      code\n      reason\n      message\n    }\n    periods {\n      id\n      name\n      kind\n      position\n      startsOn\n      endsOn\n      submissionDeadline\n      publishedAt\n    }\n    blocks {\n      id\n      name\n      leaderUnit {\n        id\n        code\n        name\n      }\n      units {\n        id\n        code\n        name\n      }\n    }\n    indicators {\n      id\n      parentId\n      code\n      title\n      kind\n      maxPoints\n      step\n      target\n      perItemPoints\n      evidenceRequired\n      position\n      depth\n      computedSource {\n        kind\n        id\n        metric\n        populationKind\n      }\n    }\n    titles {\n      id\n      name\n      minTotal\n      groupFloorPercent\n      quotaPercent\n      rankOrder\n    }\n  }\n": typeof types.CampaignFieldsFragmentDoc,
    "\n  fragment SheetFields on ScoreSheet {\n    id\n    campaignId\n    periodId\n    status\n    submittedAt\n    approvedAt\n    publishedAt\n    returnReason\n    explanation\n    selfTotal\n    finalTotal\n    unit {\n      id\n      code\n      name\n    }\n    entries {\n      id\n      indicatorId\n      indicatorCode\n      value\n      selfScore\n      reviewedScore\n      correctedScore\n      finalScore\n      note\n      reviewReason\n      computed {\n        value\n        source\n        computedAt\n        participation {\n          act\n          basis\n          kind\n          verified\n          guests\n          otherKinds\n          population\n          populationSource\n        }\n      }\n      evidence {\n        id\n        kind\n        url\n        fileName\n        mimeType\n        size\n        downloadUrl\n        createdAt\n      }\n      corrections {\n        id\n        oldScore\n        newScore\n        reason\n        correctedAt\n      }\n    }\n  }\n": typeof types.SheetFieldsFragmentDoc,
    "\n  query Campaigns {\n    campaigns {\n      ...CampaignFields\n    }\n  }\n": typeof types.CampaignsDocument,
    "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n": typeof types.CampaignDocument,
    "\n  query CampaignUnits {\n    units {\n      id\n      code\n      name\n      kind\n      parentId\n    }\n  }\n": typeof types.CampaignUnitsDocument,
    "\n  query ScoreSheets($campaignId: ID!, $periodId: ID, $status: SheetStatus) {\n    scoreSheets(campaignId: $campaignId, periodId: $periodId, status: $status) {\n      id\n      periodId\n      status\n      submittedAt\n      approvedAt\n      selfTotal\n      finalTotal\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.ScoreSheetsDocument,
    "\n  query ScoreSheet($id: ID!) {\n    scoreSheet(id: $id) {\n      ...SheetFields\n    }\n  }\n": typeof types.ScoreSheetDocument,
    "\n  query CampaignAuditTrail($campaignId: ID!, $sheetId: ID) {\n    campaignAuditTrail(campaignId: $campaignId, sheetId: $sheetId) {\n      id\n      sheetId\n      entryId\n      indicatorCode\n      actorId\n      actorName\n      action\n      field\n      oldValue\n      newValue\n      reason\n      at\n    }\n  }\n": typeof types.CampaignAuditTrailDocument,
    "\n  query CampaignRanking($campaignId: ID!, $periodId: ID!, $view: RankingView!) {\n    campaignRanking(campaignId: $campaignId, periodId: $periodId, view: $view) {\n      campaignId\n      periodId\n      view\n      tieRuleText\n      blocks {\n        blockId\n        name\n        rows {\n          rank\n          tied\n          decidedByIndicatorCode\n          sheetId\n          sheetStatus\n          total\n          unit {\n            id\n            code\n            name\n          }\n          groups {\n            indicatorId\n            code\n            title\n            subtotal\n            maxPoints\n          }\n          title {\n            id\n            name\n          }\n          missedTitles {\n            titleId\n            titleName\n            conditions {\n              kind\n              message\n              required\n              actual\n              groupCode\n              quota\n            }\n          }\n          gapToAbove {\n            points\n            reachable\n            aboveUnit {\n              id\n              code\n              name\n            }\n            headroom {\n              indicatorId\n              code\n              current\n              max\n              headroom\n              enoughAlone\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CampaignRankingDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n": typeof types.UpdateCampaignDocument,
    "\n  mutation AddCampaignPeriod($input: AddCampaignPeriodInput!) {\n    addCampaignPeriod(input: $input) {\n      ...CampaignFields\n    }\n  }\n": typeof types.AddCampaignPeriodDocument,
    "\n  mutation AddCampaignBlock($input: AddCampaignBlockInput!) {\n    addCampaignBlock(input: $input) {\n      ...CampaignFields\n    }\n  }\n": typeof types.AddCampaignBlockDocument,
    "\n  mutation SaveIndicatorTree($input: SaveIndicatorTreeInput!) {\n    saveIndicatorTree(input: $input) {\n      ...CampaignFields\n    }\n  }\n": typeof types.SaveIndicatorTreeDocument,
    "\n  mutation SetIndicatorTargets($input: SetIndicatorTargetsInput!) {\n    setIndicatorTargets(input: $input) {\n      ...CampaignFields\n    }\n  }\n": typeof types.SetIndicatorTargetsDocument,
    "\n  mutation SaveCampaignTitles($input: SaveTitlesInput!) {\n    saveCampaignTitles(input: $input) {\n      ...CampaignFields\n    }\n  }\n": typeof types.SaveCampaignTitlesDocument,
    "\n  mutation LaunchCampaign($id: ID!) {\n    launchCampaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n": typeof types.LaunchCampaignDocument,
    "\n  mutation ArchiveCampaign($id: ID!) {\n    archiveCampaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n": typeof types.ArchiveCampaignDocument,
    "\n  mutation SaveScoreEntry($input: SaveScoreEntryInput!) {\n    saveScoreEntry(input: $input) {\n      ...SheetFields\n    }\n  }\n": typeof types.SaveScoreEntryDocument,
    "\n  mutation AddEvidenceFile($input: AddEvidenceFileInput!) {\n    addEvidenceFile(input: $input) {\n      ...SheetFields\n    }\n  }\n": typeof types.AddEvidenceFileDocument,
    "\n  mutation AddEvidenceLink($input: AddEvidenceLinkInput!) {\n    addEvidenceLink(input: $input) {\n      ...SheetFields\n    }\n  }\n": typeof types.AddEvidenceLinkDocument,
    "\n  mutation RemoveEvidence($id: ID!) {\n    removeEvidence(id: $id) {\n      ...SheetFields\n    }\n  }\n": typeof types.RemoveEvidenceDocument,
    "\n  mutation SubmitScoreSheet($input: SubmitScoreSheetInput!) {\n    submitScoreSheet(input: $input) {\n      ...SheetFields\n    }\n  }\n": typeof types.SubmitScoreSheetDocument,
    "\n  mutation ReviewScoreEntry($input: ReviewScoreEntryInput!) {\n    reviewScoreEntry(input: $input) {\n      ...SheetFields\n    }\n  }\n": typeof types.ReviewScoreEntryDocument,
    "\n  mutation ReturnScoreSheet($input: ReturnScoreSheetInput!) {\n    returnScoreSheet(input: $input) {\n      ...SheetFields\n    }\n  }\n": typeof types.ReturnScoreSheetDocument,
    "\n  mutation ApproveScoreSheet($id: ID!) {\n    approveScoreSheet(id: $id) {\n      ...SheetFields\n    }\n  }\n": typeof types.ApproveScoreSheetDocument,
    "\n  mutation PublishCampaignPeriod($periodId: ID!) {\n    publishCampaignPeriod(periodId: $periodId) {\n      id\n      status\n    }\n  }\n": typeof types.PublishCampaignPeriodDocument,
    "\n  mutation CorrectScore($input: CorrectScoreInput!) {\n    correctScore(input: $input) {\n      ...SheetFields\n    }\n  }\n": typeof types.CorrectScoreDocument,
    "\n  mutation RecomputeIndicators($campaignId: ID!, $periodId: ID!) {\n    recomputeIndicators(campaignId: $campaignId, periodId: $periodId) {\n      updated\n      skipped {\n        indicatorCode\n        reason\n      }\n    }\n  }\n": typeof types.RecomputeIndicatorsDocument,
    "\n  query Resolutions {\n    resolutions {\n      id\n      code\n      title\n      issuedOn\n      summary\n      isDemo\n      sections {\n        id\n        key\n        kind\n        title\n        body\n        position\n        resolutionId\n      }\n    }\n  }\n": typeof types.ResolutionsDocument,
    "\n  fragment QuestionVersionFields on QuestionVersion {\n    id\n    version\n    type\n    prompt\n    options {\n      id\n      text\n    }\n    correctOptionIds\n    numericAnswer {\n      answer\n      tolerance\n      unit\n    }\n    explanation\n    section {\n      id\n      key\n      kind\n      title\n      resolutionId\n    }\n    difficulty\n    tags\n    timeLimitSeconds\n    doublePoints\n    points\n    createdAt\n    publishedAt\n  }\n": typeof types.QuestionVersionFieldsFragmentDoc,
    "\n  query Questions($filter: QuestionsFilterInput) {\n    questions(filter: $filter) {\n      total\n      items {\n        id\n        key\n        status\n        updatedAt\n        publishedVersion {\n          id\n          version\n        }\n        currentVersion {\n          id\n          version\n          type\n          prompt\n          difficulty\n          tags\n          section {\n            id\n            key\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.QuestionsDocument,
    "\n  query Question($id: ID!) {\n    question(id: $id) {\n      id\n      key\n      status\n      createdBy\n      returnReason\n      createdAt\n      updatedAt\n      currentVersion {\n        ...QuestionVersionFields\n      }\n      publishedVersion {\n        id\n        version\n      }\n      versions {\n        ...QuestionVersionFields\n      }\n    }\n  }\n": typeof types.QuestionDocument,
    "\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateQuestionDocument,
    "\n  mutation UpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateQuestionDocument,
    "\n  mutation SubmitQuestionForReview($id: ID!) {\n    submitQuestionForReview(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitQuestionForReviewDocument,
    "\n  mutation PublishQuestion($id: ID!) {\n    publishQuestion(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PublishQuestionDocument,
    "\n  mutation ReturnQuestion($input: ReturnQuestionInput!) {\n    returnQuestion(input: $input) {\n      id\n      status\n      returnReason\n    }\n  }\n": typeof types.ReturnQuestionDocument,
    "\n  mutation ArchiveQuestion($id: ID!) {\n    archiveQuestion(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ArchiveQuestionDocument,
    "\n  mutation ImportQuestions($input: ImportQuestionsInput!) {\n    importQuestions(input: $input) {\n      ok\n      created\n      updated\n      unchanged\n      errors {\n        line\n        column\n        reason\n        message\n      }\n    }\n  }\n": typeof types.ImportQuestionsDocument,
    "\n  mutation ExportQuestions($filter: QuestionsFilterInput) {\n    exportQuestions(filter: $filter) {\n      fileName\n      contentBase64\n    }\n  }\n": typeof types.ExportQuestionsDocument,
    "\n  query Quizzes {\n    quizzes {\n      id\n      title\n      description\n      mode\n      shuffleOptions\n      isDemo\n      createdBy\n      updatedAt\n      items {\n        position\n      }\n      drawRules {\n        count\n      }\n    }\n  }\n": typeof types.QuizzesDocument,
    "\n  query Quiz($id: ID!) {\n    quiz(id: $id) {\n      id\n      title\n      description\n      mode\n      shuffleOptions\n      isDemo\n      createdBy\n      updatedAt\n      items {\n        position\n        question {\n          id\n          key\n          status\n          currentVersion {\n            ...QuestionVersionFields\n          }\n          publishedVersion {\n            ...QuestionVersionFields\n          }\n        }\n      }\n      drawRules {\n        count\n        difficulty\n        sectionId\n        tag\n      }\n    }\n  }\n": typeof types.QuizDocument,
    "\n  mutation CreateQuiz($input: CreateQuizInput!) {\n    createQuiz(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateQuizDocument,
    "\n  mutation UpdateQuiz($input: UpdateQuizInput!) {\n    updateQuiz(input: $input) {\n      id\n      updatedAt\n    }\n  }\n": typeof types.UpdateQuizDocument,
    "\n  mutation DeleteQuiz($id: ID!) {\n    deleteQuiz(id: $id)\n  }\n": typeof types.DeleteQuizDocument,
    "\n  query PickQuestions($filter: QuestionsFilterInput) {\n    questions(filter: $filter) {\n      total\n      items {\n        id\n        key\n        status\n        currentVersion {\n          ...QuestionVersionFields\n        }\n      }\n    }\n  }\n": typeof types.PickQuestionsDocument,
    "\n  query CountQuestions($filter: QuestionsFilterInput) {\n    questions(filter: $filter) {\n      total\n    }\n  }\n": typeof types.CountQuestionsDocument,
    "\n  query PublicContest($id: ID!) {\n    contest(id: $id) {\n      id\n      title\n      rulesText\n      status\n      questionsPerAttempt\n      timeLimitSeconds\n      graceSeconds\n      attemptsPerRound\n      countingAttempt\n      predictionKind\n      predictionQuestion\n      rankingChain\n      identityMode\n      answerKeyReveal\n      serverTime\n      rounds {\n        id\n        name\n        startsAt\n        endsAt\n      }\n      currentRound {\n        id\n        name\n        startsAt\n        endsAt\n      }\n      units {\n        id\n        code\n        name\n        kind\n        parentId\n      }\n    }\n  }\n": typeof types.PublicContestDocument,
    "\n  mutation RegisterEntrant($input: RegisterEntrantInput!) {\n    registerEntrant(input: $input) {\n      entrantToken\n      entrantCode\n      entrant {\n        id\n        fullName\n        birthYear\n        unitId\n        unitName\n        phoneMasked\n        verified\n      }\n    }\n  }\n": typeof types.RegisterEntrantDocument,
    "\n  query RosterCandidates($input: RosterSearchInput!) {\n    rosterCandidates(input: $input) {\n      personId\n      fullName\n      subUnit\n    }\n  }\n": typeof types.RosterCandidatesDocument,
    "\n  fragment AttemptFields on Attempt {\n    id\n    startedAt\n    deadlineAt\n    graceSeconds\n    remainingMs\n    serverTime\n    submitted\n    autoClosed\n    predictionKind\n    predictionQuestion\n    questions {\n      index\n      type\n      prompt\n      points\n      unit\n      options {\n        id\n        text\n      }\n    }\n    answers {\n      index\n      optionIds\n      value\n      savedAt\n    }\n  }\n": typeof types.AttemptFieldsFragmentDoc,
    "\n  mutation StartAttempt($entrantToken: String!) {\n    startAttempt(entrantToken: $entrantToken) {\n      attemptToken\n      attempt {\n        ...AttemptFields\n      }\n    }\n  }\n": typeof types.StartAttemptDocument,
    "\n  query Attempt($attemptToken: String!) {\n    attempt(attemptToken: $attemptToken) {\n      ...AttemptFields\n    }\n  }\n": typeof types.AttemptDocument,
    "\n  mutation SaveAnswer($input: SaveAnswerInput!) {\n    saveAnswer(input: $input) {\n      index\n      savedAt\n    }\n  }\n": typeof types.SaveAnswerDocument,
    "\n  mutation SubmitAttempt($input: SubmitAttemptInput!) {\n    submitAttempt(input: $input) {\n      attemptId\n      score\n      maxScore\n      correctCount\n      durationMs\n      submittedAt\n    }\n  }\n": typeof types.SubmitAttemptDocument,
    "\n  query AttemptResult($attemptToken: String!) {\n    attemptResult(attemptToken: $attemptToken) {\n      attemptId\n      autoClosed\n      score\n      maxScore\n      correctCount\n      questionCount\n      durationMs\n      prediction\n      submittedAt\n      keyRevealed\n      keyDecision\n      keyShownAt\n      questions {\n        index\n        type\n        prompt\n        points\n        earned\n        credit\n        explanation\n        sectionTitle\n        correctOptionIds\n        correctValue\n        yourOptionIds\n        yourValue\n        options {\n          id\n          text\n          correct\n        }\n      }\n    }\n  }\n": typeof types.AttemptResultDocument,
    "\n  fragment ContestFields on Contest {\n    id\n    title\n    rulesText\n    status\n    isDemo\n    createdAt\n    questionsPerAttempt\n    timeLimitSeconds\n    attemptsPerRound\n    countingAttempt\n    predictionKind\n    rankingChain\n    shuffleOptions\n    identityMode\n    populationKind\n    answerKeyReveal\n    participationBasis\n    eligibleUnitIds\n    drawRules {\n      sectionId\n      difficulty\n      tag\n      count\n    }\n    rounds {\n      id\n      name\n      startsAt\n      endsAt\n      frozenAt\n      publishedAt\n    }\n    unitPrize {\n      participationPoints\n      prizeTiers {\n        label\n        count\n        unitPoints\n      }\n    }\n  }\n": typeof types.ContestFieldsFragmentDoc,
    "\n  query Contests {\n    contests {\n      ...ContestFields\n    }\n  }\n": typeof types.ContestsDocument,
    "\n  query ContestSetupData {\n    resolutions {\n      id\n      code\n      title\n      sections {\n        id\n        key\n        title\n      }\n    }\n    units {\n      id\n      code\n      name\n      kind\n      parentId\n      eligiblePopulation\n    }\n  }\n": typeof types.ContestSetupDataDocument,
    "\n  mutation CreateContest($input: CreateContestInput!) {\n    createContest(input: $input) {\n      ...ContestFields\n    }\n  }\n": typeof types.CreateContestDocument,
    "\n  mutation UpdateContest($input: UpdateContestInput!) {\n    updateContest(input: $input) {\n      ...ContestFields\n    }\n  }\n": typeof types.UpdateContestDocument,
    "\n  mutation OpenContest($id: ID!) {\n    openContest(id: $id) {\n      ...ContestFields\n    }\n  }\n": typeof types.OpenContestDocument,
    "\n  mutation CloseContest($id: ID!) {\n    closeContest(id: $id) {\n      ...ContestFields\n    }\n  }\n": typeof types.CloseContestDocument,
    "\n  mutation FreezeContestRound($id: ID!) {\n    freezeContestRound(id: $id) {\n      id\n      frozenAt\n      publishedAt\n    }\n  }\n": typeof types.FreezeContestRoundDocument,
    "\n  mutation PublishContestRound($id: ID!) {\n    publishContestRound(id: $id) {\n      id\n      frozenAt\n      publishedAt\n    }\n  }\n": typeof types.PublishContestRoundDocument,
    "\n  query ContestResults($contestId: ID!, $roundId: ID) {\n    contestResults(contestId: $contestId, roundId: $roundId) {\n      contestId\n      roundId\n      roundName\n      predictionKind\n      actual\n      rankingChain\n      totalEntrants\n      verifiedEntrants\n      unverifiedEntrants\n      participationFormula\n      participationBasis\n      identityMode\n      totalAttempts\n      individuals {\n        rank\n        entrantId\n        attemptId\n        fullName\n        birthYear\n        phoneMasked\n        unitId\n        unitName\n        score\n        maxScore\n        correctCount\n        durationMs\n        prediction\n        predictionDistance\n        submittedAt\n        attemptsUsed\n        decidedBy\n        flagged\n        prize\n        verified\n      }\n      winners {\n        rank\n        entrantId\n        fullName\n        unitName\n        prize\n        verified\n        phoneMasked\n        phoneKept\n        decidedAgainstNext\n        evidence\n      }\n      units {\n        rank\n        unitId\n        unitCode\n        unitName\n        entrants\n        unverified\n        otherKinds\n        eligiblePopulation\n        populationKind\n        populationSource\n        participationRate\n        averageScore\n        averageScoreShare\n        prizePoints\n        prizeScore\n      }\n    }\n  }\n": typeof types.ContestResultsDocument,
    "\n  query ContestFlags($contestId: ID!, $unresolvedOnly: Boolean) {\n    contestFlags(contestId: $contestId, unresolvedOnly: $unresolvedOnly) {\n      id\n      kind\n      entrantId\n      entrantName\n      phoneMasked\n      attemptId\n      details\n      resolution\n      resolutionNote\n      reviewedAt\n      createdAt\n    }\n  }\n": typeof types.ContestFlagsDocument,
    "\n  mutation ResolveContestFlag($input: ResolveContestFlagInput!) {\n    resolveContestFlag(input: $input)\n  }\n": typeof types.ResolveContestFlagDocument,
    "\n  mutation RevealWinnerPhone($entrantId: ID!) {\n    revealWinnerPhone(entrantId: $entrantId)\n  }\n": typeof types.RevealWinnerPhoneDocument,
    "\n  query LiveGameJoinInfo($pin: String!) {\n    liveGameJoinInfo(pin: $pin) {\n      gameId\n      title\n      phase\n      allowLateJoin\n      identityMode\n      units {\n        id\n        code\n        name\n        kind\n        parentName\n      }\n    }\n  }\n": typeof types.LiveGameJoinInfoDocument,
    "\n  query LiveGames {\n    liveGames {\n      id\n      pin\n      title\n      status\n      quizId\n      createdAt\n      startedAt\n      endedAt\n      playerCount\n      joinPath\n    }\n  }\n": typeof types.LiveGamesDocument,
    "\n  query LiveGame($id: ID!) {\n    liveGame(id: $id) {\n      id\n      pin\n      title\n      status\n      quizId\n      createdAt\n      startedAt\n      endedAt\n      playerCount\n      joinPath\n      settings {\n        scoringMode\n        streakBonus\n        unitAggregation\n        leaderboardMode\n        podiumPlaces\n        allowLateJoin\n        timeMultiplier\n        readingSeconds\n        identityMode\n        populationKind\n      }\n      participationBasis\n    }\n  }\n": typeof types.LiveGameDocument,
    "\n  mutation StartLiveGame($input: StartLiveGameInput!) {\n    startLiveGame(input: $input) {\n      id\n      pin\n    }\n  }\n": typeof types.StartLiveGameDocument,
    "\n  query LiveGameResults($id: ID!) {\n    liveGameResults(id: $id) {\n      unitAggregation\n      participationBasis\n      verifiedPlayers\n      guests\n      players {\n        playerId\n        name\n        unitName\n        score\n        rank\n        correctCount\n        answeredCount\n        verified\n      }\n      questions {\n        index\n        prompt\n        type\n        answered\n        correctShare\n        averageTimeMs\n      }\n      units {\n        unitId\n        unitName\n        players\n        verified\n        guests\n        otherKinds\n        populationKind\n        populationSource\n        eligiblePopulation\n        participationRate\n        meanScore\n        score\n        rank\n      }\n    }\n  }\n": typeof types.LiveGameResultsDocument,
    "\n  query LiveQuizzes {\n    quizzes {\n      id\n      title\n      mode\n    }\n  }\n": typeof types.LiveQuizzesDocument,
    "\n  query LiveRosterCandidates($input: RosterSearchInput!) {\n    rosterCandidates(input: $input) {\n      personId\n      fullName\n      subUnit\n    }\n  }\n": typeof types.LiveRosterCandidatesDocument,
    "\n  mutation SavePopulationKind($input: PopulationKindInput!) {\n    savePopulationKind(input: $input) {\n      code\n      labelVi\n      labelEn\n      household\n      sortOrder\n      active\n    }\n  }\n": typeof types.SavePopulationKindDocument,
    "\n  query RosterUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      name\n      kind\n      parentId\n      populationKind\n      populations {\n        kind\n        size\n        source\n        rosterSize\n        declared\n      }\n    }\n  }\n": typeof types.RosterUnitDocument,
    "\n  query PeopleUnits {\n    units {\n      id\n      code\n      name\n      kind\n      parentId\n      sortOrder\n    }\n  }\n": typeof types.PeopleUnitsDocument,
    "\n  query People($filter: PeopleFilterInput!) {\n    people(filter: $filter) {\n      total\n      items {\n        id\n        unitId\n        unit {\n          id\n          code\n          name\n        }\n        kind\n        fullName\n        birthDate\n        birthYear\n        subUnit\n        phoneMasked\n        personalCode\n        erased\n        createdAt\n        updatedAt\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation DeletePerson($id: ID!, $reason: String!) {\n    deletePerson(id: $id, reason: $reason)\n  }\n": typeof types.DeletePersonDocument,
    "\n  mutation RegeneratePersonalCode($id: ID!) {\n    regeneratePersonalCode(id: $id) {\n      id\n      personalCode\n    }\n  }\n": typeof types.RegeneratePersonalCodeDocument,
    "\n  mutation ImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      ok\n      created\n      updated\n      unchanged\n      errors {\n        line\n        column\n        reason\n        message\n      }\n    }\n  }\n": typeof types.ImportRosterDocument,
    "\n  mutation RevealPersonPhone($id: ID!) {\n    revealPersonPhone(id: $id)\n  }\n": typeof types.RevealPersonPhoneDocument,
    "\n  query PersonDataExport($id: ID!) {\n    personDataExport(id: $id)\n  }\n": typeof types.PersonDataExportDocument,
    "\n  mutation ErasePerson($id: ID!, $reason: String!) {\n    erasePerson(id: $id, reason: $reason)\n  }\n": typeof types.ErasePersonDocument,
    "\n  query PrivacySettings {\n    privacySettings {\n      retentionMonths\n    }\n  }\n": typeof types.PrivacySettingsDocument,
    "\n  mutation SavePrivacySettings($input: PrivacySettingsInput!) {\n    savePrivacySettings(input: $input) {\n      retentionMonths\n    }\n  }\n": typeof types.SavePrivacySettingsDocument,
    "\n  mutation PurgeExpiredPersonalData($dryRun: Boolean!) {\n    purgeExpiredPersonalData(dryRun: $dryRun) {\n      people\n      entrants\n      players\n    }\n  }\n": typeof types.PurgeExpiredPersonalDataDocument,
    "\n  query DataAudit($filter: DataAuditFilterInput!) {\n    dataAudit(filter: $filter) {\n      id\n      action\n      subjectType\n      subjectId\n      unitId\n      actorId\n      actorName\n      at\n      details\n    }\n  }\n": typeof types.DataAuditDocument,
    "\n  query PersonRecord($id: ID!) {\n    personRecord(id: $id) {\n      person {\n        id\n        unitId\n        unit {\n          id\n          code\n          name\n        }\n        kind\n        fullName\n        birthDate\n        birthYear\n        subUnit\n        phoneMasked\n        personalCode\n        erased\n        createdAt\n        updatedAt\n      }\n      games {\n        gameId\n        title\n        playedAt\n        score\n        rank\n        players\n        answered\n      }\n      contests {\n        contestId\n        title\n        attempts\n        bestScore\n        maxScore\n        prize\n        disqualified\n      }\n    }\n  }\n": typeof types.PersonRecordDocument,
    "\n  query Units {\n    units {\n      id\n      code\n      name\n      kind\n      parentId\n      populationKind\n      populations {\n        kind\n        size\n        source\n        rosterSize\n        declared\n      }\n      sortOrder\n      isDemo\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n      name\n      kind\n      parentId\n      populationKind\n      populations {\n        kind\n        size\n        source\n        rosterSize\n        declared\n      }\n      sortOrder\n      isDemo\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      code\n      name\n      kind\n      parentId\n      populationKind\n      populations {\n        kind\n        size\n        source\n        rosterSize\n        declared\n      }\n      sortOrder\n      isDemo\n    }\n  }\n": typeof types.UpdateUnitDocument,
    "\n  mutation DeleteUnit($id: ID!) {\n    deleteUnit(id: $id)\n  }\n": typeof types.DeleteUnitDocument,
    "\n  mutation ImportUnits($input: ImportUnitsInput!) {\n    importUnits(input: $input) {\n      ok\n      created\n      updated\n      errors {\n        line\n        column\n        reason\n        message\n      }\n    }\n  }\n": typeof types.ImportUnitsDocument,
    "\n  query Users {\n    users {\n      id\n      username\n      displayName\n      role\n      active\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query UserUnits {\n    units {\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.UserUnitsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      active\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  query PopulationKinds {\n    populationKinds {\n      code\n      labelVi\n      labelEn\n      household\n      sortOrder\n      active\n    }\n  }\n": typeof types.PopulationKindsDocument,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        username\n        displayName\n        role\n        unit {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        username\n        displayName\n        role\n        unit {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input)\n  }\n": types.SignOutDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  fragment CampaignFields on Campaign {\n    id\n    title\n    description\n    status\n    totalPoints\n    boardEnabled\n    boardSource\n    isDemo\n    countedBeforeRosters\n    launchedAt\n    createdAt\n    tieRule {\n      kind\n      indicatorIds\n    }\n    tieRuleText\n    indicatorIssues {\n      code\n      reason\n      message\n    }\n    periods {\n      id\n      name\n      kind\n      position\n      startsOn\n      endsOn\n      submissionDeadline\n      publishedAt\n    }\n    blocks {\n      id\n      name\n      leaderUnit {\n        id\n        code\n        name\n      }\n      units {\n        id\n        code\n        name\n      }\n    }\n    indicators {\n      id\n      parentId\n      code\n      title\n      kind\n      maxPoints\n      step\n      target\n      perItemPoints\n      evidenceRequired\n      position\n      depth\n      computedSource {\n        kind\n        id\n        metric\n        populationKind\n      }\n    }\n    titles {\n      id\n      name\n      minTotal\n      groupFloorPercent\n      quotaPercent\n      rankOrder\n    }\n  }\n": types.CampaignFieldsFragmentDoc,
    "\n  fragment SheetFields on ScoreSheet {\n    id\n    campaignId\n    periodId\n    status\n    submittedAt\n    approvedAt\n    publishedAt\n    returnReason\n    explanation\n    selfTotal\n    finalTotal\n    unit {\n      id\n      code\n      name\n    }\n    entries {\n      id\n      indicatorId\n      indicatorCode\n      value\n      selfScore\n      reviewedScore\n      correctedScore\n      finalScore\n      note\n      reviewReason\n      computed {\n        value\n        source\n        computedAt\n        participation {\n          act\n          basis\n          kind\n          verified\n          guests\n          otherKinds\n          population\n          populationSource\n        }\n      }\n      evidence {\n        id\n        kind\n        url\n        fileName\n        mimeType\n        size\n        downloadUrl\n        createdAt\n      }\n      corrections {\n        id\n        oldScore\n        newScore\n        reason\n        correctedAt\n      }\n    }\n  }\n": types.SheetFieldsFragmentDoc,
    "\n  query Campaigns {\n    campaigns {\n      ...CampaignFields\n    }\n  }\n": types.CampaignsDocument,
    "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n": types.CampaignDocument,
    "\n  query CampaignUnits {\n    units {\n      id\n      code\n      name\n      kind\n      parentId\n    }\n  }\n": types.CampaignUnitsDocument,
    "\n  query ScoreSheets($campaignId: ID!, $periodId: ID, $status: SheetStatus) {\n    scoreSheets(campaignId: $campaignId, periodId: $periodId, status: $status) {\n      id\n      periodId\n      status\n      submittedAt\n      approvedAt\n      selfTotal\n      finalTotal\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.ScoreSheetsDocument,
    "\n  query ScoreSheet($id: ID!) {\n    scoreSheet(id: $id) {\n      ...SheetFields\n    }\n  }\n": types.ScoreSheetDocument,
    "\n  query CampaignAuditTrail($campaignId: ID!, $sheetId: ID) {\n    campaignAuditTrail(campaignId: $campaignId, sheetId: $sheetId) {\n      id\n      sheetId\n      entryId\n      indicatorCode\n      actorId\n      actorName\n      action\n      field\n      oldValue\n      newValue\n      reason\n      at\n    }\n  }\n": types.CampaignAuditTrailDocument,
    "\n  query CampaignRanking($campaignId: ID!, $periodId: ID!, $view: RankingView!) {\n    campaignRanking(campaignId: $campaignId, periodId: $periodId, view: $view) {\n      campaignId\n      periodId\n      view\n      tieRuleText\n      blocks {\n        blockId\n        name\n        rows {\n          rank\n          tied\n          decidedByIndicatorCode\n          sheetId\n          sheetStatus\n          total\n          unit {\n            id\n            code\n            name\n          }\n          groups {\n            indicatorId\n            code\n            title\n            subtotal\n            maxPoints\n          }\n          title {\n            id\n            name\n          }\n          missedTitles {\n            titleId\n            titleName\n            conditions {\n              kind\n              message\n              required\n              actual\n              groupCode\n              quota\n            }\n          }\n          gapToAbove {\n            points\n            reachable\n            aboveUnit {\n              id\n              code\n              name\n            }\n            headroom {\n              indicatorId\n              code\n              current\n              max\n              headroom\n              enoughAlone\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CampaignRankingDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n": types.UpdateCampaignDocument,
    "\n  mutation AddCampaignPeriod($input: AddCampaignPeriodInput!) {\n    addCampaignPeriod(input: $input) {\n      ...CampaignFields\n    }\n  }\n": types.AddCampaignPeriodDocument,
    "\n  mutation AddCampaignBlock($input: AddCampaignBlockInput!) {\n    addCampaignBlock(input: $input) {\n      ...CampaignFields\n    }\n  }\n": types.AddCampaignBlockDocument,
    "\n  mutation SaveIndicatorTree($input: SaveIndicatorTreeInput!) {\n    saveIndicatorTree(input: $input) {\n      ...CampaignFields\n    }\n  }\n": types.SaveIndicatorTreeDocument,
    "\n  mutation SetIndicatorTargets($input: SetIndicatorTargetsInput!) {\n    setIndicatorTargets(input: $input) {\n      ...CampaignFields\n    }\n  }\n": types.SetIndicatorTargetsDocument,
    "\n  mutation SaveCampaignTitles($input: SaveTitlesInput!) {\n    saveCampaignTitles(input: $input) {\n      ...CampaignFields\n    }\n  }\n": types.SaveCampaignTitlesDocument,
    "\n  mutation LaunchCampaign($id: ID!) {\n    launchCampaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n": types.LaunchCampaignDocument,
    "\n  mutation ArchiveCampaign($id: ID!) {\n    archiveCampaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n": types.ArchiveCampaignDocument,
    "\n  mutation SaveScoreEntry($input: SaveScoreEntryInput!) {\n    saveScoreEntry(input: $input) {\n      ...SheetFields\n    }\n  }\n": types.SaveScoreEntryDocument,
    "\n  mutation AddEvidenceFile($input: AddEvidenceFileInput!) {\n    addEvidenceFile(input: $input) {\n      ...SheetFields\n    }\n  }\n": types.AddEvidenceFileDocument,
    "\n  mutation AddEvidenceLink($input: AddEvidenceLinkInput!) {\n    addEvidenceLink(input: $input) {\n      ...SheetFields\n    }\n  }\n": types.AddEvidenceLinkDocument,
    "\n  mutation RemoveEvidence($id: ID!) {\n    removeEvidence(id: $id) {\n      ...SheetFields\n    }\n  }\n": types.RemoveEvidenceDocument,
    "\n  mutation SubmitScoreSheet($input: SubmitScoreSheetInput!) {\n    submitScoreSheet(input: $input) {\n      ...SheetFields\n    }\n  }\n": types.SubmitScoreSheetDocument,
    "\n  mutation ReviewScoreEntry($input: ReviewScoreEntryInput!) {\n    reviewScoreEntry(input: $input) {\n      ...SheetFields\n    }\n  }\n": types.ReviewScoreEntryDocument,
    "\n  mutation ReturnScoreSheet($input: ReturnScoreSheetInput!) {\n    returnScoreSheet(input: $input) {\n      ...SheetFields\n    }\n  }\n": types.ReturnScoreSheetDocument,
    "\n  mutation ApproveScoreSheet($id: ID!) {\n    approveScoreSheet(id: $id) {\n      ...SheetFields\n    }\n  }\n": types.ApproveScoreSheetDocument,
    "\n  mutation PublishCampaignPeriod($periodId: ID!) {\n    publishCampaignPeriod(periodId: $periodId) {\n      id\n      status\n    }\n  }\n": types.PublishCampaignPeriodDocument,
    "\n  mutation CorrectScore($input: CorrectScoreInput!) {\n    correctScore(input: $input) {\n      ...SheetFields\n    }\n  }\n": types.CorrectScoreDocument,
    "\n  mutation RecomputeIndicators($campaignId: ID!, $periodId: ID!) {\n    recomputeIndicators(campaignId: $campaignId, periodId: $periodId) {\n      updated\n      skipped {\n        indicatorCode\n        reason\n      }\n    }\n  }\n": types.RecomputeIndicatorsDocument,
    "\n  query Resolutions {\n    resolutions {\n      id\n      code\n      title\n      issuedOn\n      summary\n      isDemo\n      sections {\n        id\n        key\n        kind\n        title\n        body\n        position\n        resolutionId\n      }\n    }\n  }\n": types.ResolutionsDocument,
    "\n  fragment QuestionVersionFields on QuestionVersion {\n    id\n    version\n    type\n    prompt\n    options {\n      id\n      text\n    }\n    correctOptionIds\n    numericAnswer {\n      answer\n      tolerance\n      unit\n    }\n    explanation\n    section {\n      id\n      key\n      kind\n      title\n      resolutionId\n    }\n    difficulty\n    tags\n    timeLimitSeconds\n    doublePoints\n    points\n    createdAt\n    publishedAt\n  }\n": types.QuestionVersionFieldsFragmentDoc,
    "\n  query Questions($filter: QuestionsFilterInput) {\n    questions(filter: $filter) {\n      total\n      items {\n        id\n        key\n        status\n        updatedAt\n        publishedVersion {\n          id\n          version\n        }\n        currentVersion {\n          id\n          version\n          type\n          prompt\n          difficulty\n          tags\n          section {\n            id\n            key\n            title\n          }\n        }\n      }\n    }\n  }\n": types.QuestionsDocument,
    "\n  query Question($id: ID!) {\n    question(id: $id) {\n      id\n      key\n      status\n      createdBy\n      returnReason\n      createdAt\n      updatedAt\n      currentVersion {\n        ...QuestionVersionFields\n      }\n      publishedVersion {\n        id\n        version\n      }\n      versions {\n        ...QuestionVersionFields\n      }\n    }\n  }\n": types.QuestionDocument,
    "\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateQuestionDocument,
    "\n  mutation UpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateQuestionDocument,
    "\n  mutation SubmitQuestionForReview($id: ID!) {\n    submitQuestionForReview(id: $id) {\n      id\n      status\n    }\n  }\n": types.SubmitQuestionForReviewDocument,
    "\n  mutation PublishQuestion($id: ID!) {\n    publishQuestion(id: $id) {\n      id\n      status\n    }\n  }\n": types.PublishQuestionDocument,
    "\n  mutation ReturnQuestion($input: ReturnQuestionInput!) {\n    returnQuestion(input: $input) {\n      id\n      status\n      returnReason\n    }\n  }\n": types.ReturnQuestionDocument,
    "\n  mutation ArchiveQuestion($id: ID!) {\n    archiveQuestion(id: $id) {\n      id\n      status\n    }\n  }\n": types.ArchiveQuestionDocument,
    "\n  mutation ImportQuestions($input: ImportQuestionsInput!) {\n    importQuestions(input: $input) {\n      ok\n      created\n      updated\n      unchanged\n      errors {\n        line\n        column\n        reason\n        message\n      }\n    }\n  }\n": types.ImportQuestionsDocument,
    "\n  mutation ExportQuestions($filter: QuestionsFilterInput) {\n    exportQuestions(filter: $filter) {\n      fileName\n      contentBase64\n    }\n  }\n": types.ExportQuestionsDocument,
    "\n  query Quizzes {\n    quizzes {\n      id\n      title\n      description\n      mode\n      shuffleOptions\n      isDemo\n      createdBy\n      updatedAt\n      items {\n        position\n      }\n      drawRules {\n        count\n      }\n    }\n  }\n": types.QuizzesDocument,
    "\n  query Quiz($id: ID!) {\n    quiz(id: $id) {\n      id\n      title\n      description\n      mode\n      shuffleOptions\n      isDemo\n      createdBy\n      updatedAt\n      items {\n        position\n        question {\n          id\n          key\n          status\n          currentVersion {\n            ...QuestionVersionFields\n          }\n          publishedVersion {\n            ...QuestionVersionFields\n          }\n        }\n      }\n      drawRules {\n        count\n        difficulty\n        sectionId\n        tag\n      }\n    }\n  }\n": types.QuizDocument,
    "\n  mutation CreateQuiz($input: CreateQuizInput!) {\n    createQuiz(input: $input) {\n      id\n    }\n  }\n": types.CreateQuizDocument,
    "\n  mutation UpdateQuiz($input: UpdateQuizInput!) {\n    updateQuiz(input: $input) {\n      id\n      updatedAt\n    }\n  }\n": types.UpdateQuizDocument,
    "\n  mutation DeleteQuiz($id: ID!) {\n    deleteQuiz(id: $id)\n  }\n": types.DeleteQuizDocument,
    "\n  query PickQuestions($filter: QuestionsFilterInput) {\n    questions(filter: $filter) {\n      total\n      items {\n        id\n        key\n        status\n        currentVersion {\n          ...QuestionVersionFields\n        }\n      }\n    }\n  }\n": types.PickQuestionsDocument,
    "\n  query CountQuestions($filter: QuestionsFilterInput) {\n    questions(filter: $filter) {\n      total\n    }\n  }\n": types.CountQuestionsDocument,
    "\n  query PublicContest($id: ID!) {\n    contest(id: $id) {\n      id\n      title\n      rulesText\n      status\n      questionsPerAttempt\n      timeLimitSeconds\n      graceSeconds\n      attemptsPerRound\n      countingAttempt\n      predictionKind\n      predictionQuestion\n      rankingChain\n      identityMode\n      answerKeyReveal\n      serverTime\n      rounds {\n        id\n        name\n        startsAt\n        endsAt\n      }\n      currentRound {\n        id\n        name\n        startsAt\n        endsAt\n      }\n      units {\n        id\n        code\n        name\n        kind\n        parentId\n      }\n    }\n  }\n": types.PublicContestDocument,
    "\n  mutation RegisterEntrant($input: RegisterEntrantInput!) {\n    registerEntrant(input: $input) {\n      entrantToken\n      entrantCode\n      entrant {\n        id\n        fullName\n        birthYear\n        unitId\n        unitName\n        phoneMasked\n        verified\n      }\n    }\n  }\n": types.RegisterEntrantDocument,
    "\n  query RosterCandidates($input: RosterSearchInput!) {\n    rosterCandidates(input: $input) {\n      personId\n      fullName\n      subUnit\n    }\n  }\n": types.RosterCandidatesDocument,
    "\n  fragment AttemptFields on Attempt {\n    id\n    startedAt\n    deadlineAt\n    graceSeconds\n    remainingMs\n    serverTime\n    submitted\n    autoClosed\n    predictionKind\n    predictionQuestion\n    questions {\n      index\n      type\n      prompt\n      points\n      unit\n      options {\n        id\n        text\n      }\n    }\n    answers {\n      index\n      optionIds\n      value\n      savedAt\n    }\n  }\n": types.AttemptFieldsFragmentDoc,
    "\n  mutation StartAttempt($entrantToken: String!) {\n    startAttempt(entrantToken: $entrantToken) {\n      attemptToken\n      attempt {\n        ...AttemptFields\n      }\n    }\n  }\n": types.StartAttemptDocument,
    "\n  query Attempt($attemptToken: String!) {\n    attempt(attemptToken: $attemptToken) {\n      ...AttemptFields\n    }\n  }\n": types.AttemptDocument,
    "\n  mutation SaveAnswer($input: SaveAnswerInput!) {\n    saveAnswer(input: $input) {\n      index\n      savedAt\n    }\n  }\n": types.SaveAnswerDocument,
    "\n  mutation SubmitAttempt($input: SubmitAttemptInput!) {\n    submitAttempt(input: $input) {\n      attemptId\n      score\n      maxScore\n      correctCount\n      durationMs\n      submittedAt\n    }\n  }\n": types.SubmitAttemptDocument,
    "\n  query AttemptResult($attemptToken: String!) {\n    attemptResult(attemptToken: $attemptToken) {\n      attemptId\n      autoClosed\n      score\n      maxScore\n      correctCount\n      questionCount\n      durationMs\n      prediction\n      submittedAt\n      keyRevealed\n      keyDecision\n      keyShownAt\n      questions {\n        index\n        type\n        prompt\n        points\n        earned\n        credit\n        explanation\n        sectionTitle\n        correctOptionIds\n        correctValue\n        yourOptionIds\n        yourValue\n        options {\n          id\n          text\n          correct\n        }\n      }\n    }\n  }\n": types.AttemptResultDocument,
    "\n  fragment ContestFields on Contest {\n    id\n    title\n    rulesText\n    status\n    isDemo\n    createdAt\n    questionsPerAttempt\n    timeLimitSeconds\n    attemptsPerRound\n    countingAttempt\n    predictionKind\n    rankingChain\n    shuffleOptions\n    identityMode\n    populationKind\n    answerKeyReveal\n    participationBasis\n    eligibleUnitIds\n    drawRules {\n      sectionId\n      difficulty\n      tag\n      count\n    }\n    rounds {\n      id\n      name\n      startsAt\n      endsAt\n      frozenAt\n      publishedAt\n    }\n    unitPrize {\n      participationPoints\n      prizeTiers {\n        label\n        count\n        unitPoints\n      }\n    }\n  }\n": types.ContestFieldsFragmentDoc,
    "\n  query Contests {\n    contests {\n      ...ContestFields\n    }\n  }\n": types.ContestsDocument,
    "\n  query ContestSetupData {\n    resolutions {\n      id\n      code\n      title\n      sections {\n        id\n        key\n        title\n      }\n    }\n    units {\n      id\n      code\n      name\n      kind\n      parentId\n      eligiblePopulation\n    }\n  }\n": types.ContestSetupDataDocument,
    "\n  mutation CreateContest($input: CreateContestInput!) {\n    createContest(input: $input) {\n      ...ContestFields\n    }\n  }\n": types.CreateContestDocument,
    "\n  mutation UpdateContest($input: UpdateContestInput!) {\n    updateContest(input: $input) {\n      ...ContestFields\n    }\n  }\n": types.UpdateContestDocument,
    "\n  mutation OpenContest($id: ID!) {\n    openContest(id: $id) {\n      ...ContestFields\n    }\n  }\n": types.OpenContestDocument,
    "\n  mutation CloseContest($id: ID!) {\n    closeContest(id: $id) {\n      ...ContestFields\n    }\n  }\n": types.CloseContestDocument,
    "\n  mutation FreezeContestRound($id: ID!) {\n    freezeContestRound(id: $id) {\n      id\n      frozenAt\n      publishedAt\n    }\n  }\n": types.FreezeContestRoundDocument,
    "\n  mutation PublishContestRound($id: ID!) {\n    publishContestRound(id: $id) {\n      id\n      frozenAt\n      publishedAt\n    }\n  }\n": types.PublishContestRoundDocument,
    "\n  query ContestResults($contestId: ID!, $roundId: ID) {\n    contestResults(contestId: $contestId, roundId: $roundId) {\n      contestId\n      roundId\n      roundName\n      predictionKind\n      actual\n      rankingChain\n      totalEntrants\n      verifiedEntrants\n      unverifiedEntrants\n      participationFormula\n      participationBasis\n      identityMode\n      totalAttempts\n      individuals {\n        rank\n        entrantId\n        attemptId\n        fullName\n        birthYear\n        phoneMasked\n        unitId\n        unitName\n        score\n        maxScore\n        correctCount\n        durationMs\n        prediction\n        predictionDistance\n        submittedAt\n        attemptsUsed\n        decidedBy\n        flagged\n        prize\n        verified\n      }\n      winners {\n        rank\n        entrantId\n        fullName\n        unitName\n        prize\n        verified\n        phoneMasked\n        phoneKept\n        decidedAgainstNext\n        evidence\n      }\n      units {\n        rank\n        unitId\n        unitCode\n        unitName\n        entrants\n        unverified\n        otherKinds\n        eligiblePopulation\n        populationKind\n        populationSource\n        participationRate\n        averageScore\n        averageScoreShare\n        prizePoints\n        prizeScore\n      }\n    }\n  }\n": types.ContestResultsDocument,
    "\n  query ContestFlags($contestId: ID!, $unresolvedOnly: Boolean) {\n    contestFlags(contestId: $contestId, unresolvedOnly: $unresolvedOnly) {\n      id\n      kind\n      entrantId\n      entrantName\n      phoneMasked\n      attemptId\n      details\n      resolution\n      resolutionNote\n      reviewedAt\n      createdAt\n    }\n  }\n": types.ContestFlagsDocument,
    "\n  mutation ResolveContestFlag($input: ResolveContestFlagInput!) {\n    resolveContestFlag(input: $input)\n  }\n": types.ResolveContestFlagDocument,
    "\n  mutation RevealWinnerPhone($entrantId: ID!) {\n    revealWinnerPhone(entrantId: $entrantId)\n  }\n": types.RevealWinnerPhoneDocument,
    "\n  query LiveGameJoinInfo($pin: String!) {\n    liveGameJoinInfo(pin: $pin) {\n      gameId\n      title\n      phase\n      allowLateJoin\n      identityMode\n      units {\n        id\n        code\n        name\n        kind\n        parentName\n      }\n    }\n  }\n": types.LiveGameJoinInfoDocument,
    "\n  query LiveGames {\n    liveGames {\n      id\n      pin\n      title\n      status\n      quizId\n      createdAt\n      startedAt\n      endedAt\n      playerCount\n      joinPath\n    }\n  }\n": types.LiveGamesDocument,
    "\n  query LiveGame($id: ID!) {\n    liveGame(id: $id) {\n      id\n      pin\n      title\n      status\n      quizId\n      createdAt\n      startedAt\n      endedAt\n      playerCount\n      joinPath\n      settings {\n        scoringMode\n        streakBonus\n        unitAggregation\n        leaderboardMode\n        podiumPlaces\n        allowLateJoin\n        timeMultiplier\n        readingSeconds\n        identityMode\n        populationKind\n      }\n      participationBasis\n    }\n  }\n": types.LiveGameDocument,
    "\n  mutation StartLiveGame($input: StartLiveGameInput!) {\n    startLiveGame(input: $input) {\n      id\n      pin\n    }\n  }\n": types.StartLiveGameDocument,
    "\n  query LiveGameResults($id: ID!) {\n    liveGameResults(id: $id) {\n      unitAggregation\n      participationBasis\n      verifiedPlayers\n      guests\n      players {\n        playerId\n        name\n        unitName\n        score\n        rank\n        correctCount\n        answeredCount\n        verified\n      }\n      questions {\n        index\n        prompt\n        type\n        answered\n        correctShare\n        averageTimeMs\n      }\n      units {\n        unitId\n        unitName\n        players\n        verified\n        guests\n        otherKinds\n        populationKind\n        populationSource\n        eligiblePopulation\n        participationRate\n        meanScore\n        score\n        rank\n      }\n    }\n  }\n": types.LiveGameResultsDocument,
    "\n  query LiveQuizzes {\n    quizzes {\n      id\n      title\n      mode\n    }\n  }\n": types.LiveQuizzesDocument,
    "\n  query LiveRosterCandidates($input: RosterSearchInput!) {\n    rosterCandidates(input: $input) {\n      personId\n      fullName\n      subUnit\n    }\n  }\n": types.LiveRosterCandidatesDocument,
    "\n  mutation SavePopulationKind($input: PopulationKindInput!) {\n    savePopulationKind(input: $input) {\n      code\n      labelVi\n      labelEn\n      household\n      sortOrder\n      active\n    }\n  }\n": types.SavePopulationKindDocument,
    "\n  query RosterUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      name\n      kind\n      parentId\n      populationKind\n      populations {\n        kind\n        size\n        source\n        rosterSize\n        declared\n      }\n    }\n  }\n": types.RosterUnitDocument,
    "\n  query PeopleUnits {\n    units {\n      id\n      code\n      name\n      kind\n      parentId\n      sortOrder\n    }\n  }\n": types.PeopleUnitsDocument,
    "\n  query People($filter: PeopleFilterInput!) {\n    people(filter: $filter) {\n      total\n      items {\n        id\n        unitId\n        unit {\n          id\n          code\n          name\n        }\n        kind\n        fullName\n        birthDate\n        birthYear\n        subUnit\n        phoneMasked\n        personalCode\n        erased\n        createdAt\n        updatedAt\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation DeletePerson($id: ID!, $reason: String!) {\n    deletePerson(id: $id, reason: $reason)\n  }\n": types.DeletePersonDocument,
    "\n  mutation RegeneratePersonalCode($id: ID!) {\n    regeneratePersonalCode(id: $id) {\n      id\n      personalCode\n    }\n  }\n": types.RegeneratePersonalCodeDocument,
    "\n  mutation ImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      ok\n      created\n      updated\n      unchanged\n      errors {\n        line\n        column\n        reason\n        message\n      }\n    }\n  }\n": types.ImportRosterDocument,
    "\n  mutation RevealPersonPhone($id: ID!) {\n    revealPersonPhone(id: $id)\n  }\n": types.RevealPersonPhoneDocument,
    "\n  query PersonDataExport($id: ID!) {\n    personDataExport(id: $id)\n  }\n": types.PersonDataExportDocument,
    "\n  mutation ErasePerson($id: ID!, $reason: String!) {\n    erasePerson(id: $id, reason: $reason)\n  }\n": types.ErasePersonDocument,
    "\n  query PrivacySettings {\n    privacySettings {\n      retentionMonths\n    }\n  }\n": types.PrivacySettingsDocument,
    "\n  mutation SavePrivacySettings($input: PrivacySettingsInput!) {\n    savePrivacySettings(input: $input) {\n      retentionMonths\n    }\n  }\n": types.SavePrivacySettingsDocument,
    "\n  mutation PurgeExpiredPersonalData($dryRun: Boolean!) {\n    purgeExpiredPersonalData(dryRun: $dryRun) {\n      people\n      entrants\n      players\n    }\n  }\n": types.PurgeExpiredPersonalDataDocument,
    "\n  query DataAudit($filter: DataAuditFilterInput!) {\n    dataAudit(filter: $filter) {\n      id\n      action\n      subjectType\n      subjectId\n      unitId\n      actorId\n      actorName\n      at\n      details\n    }\n  }\n": types.DataAuditDocument,
    "\n  query PersonRecord($id: ID!) {\n    personRecord(id: $id) {\n      person {\n        id\n        unitId\n        unit {\n          id\n          code\n          name\n        }\n        kind\n        fullName\n        birthDate\n        birthYear\n        subUnit\n        phoneMasked\n        personalCode\n        erased\n        createdAt\n        updatedAt\n      }\n      games {\n        gameId\n        title\n        playedAt\n        score\n        rank\n        players\n        answered\n      }\n      contests {\n        contestId\n        title\n        attempts\n        bestScore\n        maxScore\n        prize\n        disqualified\n      }\n    }\n  }\n": types.PersonRecordDocument,
    "\n  query Units {\n    units {\n      id\n      code\n      name\n      kind\n      parentId\n      populationKind\n      populations {\n        kind\n        size\n        source\n        rosterSize\n        declared\n      }\n      sortOrder\n      isDemo\n    }\n  }\n": types.UnitsDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n      name\n      kind\n      parentId\n      populationKind\n      populations {\n        kind\n        size\n        source\n        rosterSize\n        declared\n      }\n      sortOrder\n      isDemo\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      code\n      name\n      kind\n      parentId\n      populationKind\n      populations {\n        kind\n        size\n        source\n        rosterSize\n        declared\n      }\n      sortOrder\n      isDemo\n    }\n  }\n": types.UpdateUnitDocument,
    "\n  mutation DeleteUnit($id: ID!) {\n    deleteUnit(id: $id)\n  }\n": types.DeleteUnitDocument,
    "\n  mutation ImportUnits($input: ImportUnitsInput!) {\n    importUnits(input: $input) {\n      ok\n      created\n      updated\n      errors {\n        line\n        column\n        reason\n        message\n      }\n    }\n  }\n": types.ImportUnitsDocument,
    "\n  query Users {\n    users {\n      id\n      username\n      displayName\n      role\n      active\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query UserUnits {\n    units {\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.UserUnitsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      active\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  query PopulationKinds {\n    populationKinds {\n      code\n      labelVi\n      labelEn\n      household\n      sortOrder\n      active\n    }\n  }\n": types.PopulationKindsDocument,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        username\n        displayName\n        role\n        unit {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.RefreshSessionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        username\n        displayName\n        role\n        unit {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        username\n        displayName\n        role\n        unit {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input)\n  }\n"): (typeof documents)["\n  mutation SignOut($input: SignOutInput!) {\n    signOut(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignFields on Campaign {\n    id\n    title\n    description\n    status\n    totalPoints\n    boardEnabled\n    boardSource\n    isDemo\n    countedBeforeRosters\n    launchedAt\n    createdAt\n    tieRule {\n      kind\n      indicatorIds\n    }\n    tieRuleText\n    indicatorIssues {\n      code\n      reason\n      message\n    }\n    periods {\n      id\n      name\n      kind\n      position\n      startsOn\n      endsOn\n      submissionDeadline\n      publishedAt\n    }\n    blocks {\n      id\n      name\n      leaderUnit {\n        id\n        code\n        name\n      }\n      units {\n        id\n        code\n        name\n      }\n    }\n    indicators {\n      id\n      parentId\n      code\n      title\n      kind\n      maxPoints\n      step\n      target\n      perItemPoints\n      evidenceRequired\n      position\n      depth\n      computedSource {\n        kind\n        id\n        metric\n        populationKind\n      }\n    }\n    titles {\n      id\n      name\n      minTotal\n      groupFloorPercent\n      quotaPercent\n      rankOrder\n    }\n  }\n"): (typeof documents)["\n  fragment CampaignFields on Campaign {\n    id\n    title\n    description\n    status\n    totalPoints\n    boardEnabled\n    boardSource\n    isDemo\n    countedBeforeRosters\n    launchedAt\n    createdAt\n    tieRule {\n      kind\n      indicatorIds\n    }\n    tieRuleText\n    indicatorIssues {\n      code\n      reason\n      message\n    }\n    periods {\n      id\n      name\n      kind\n      position\n      startsOn\n      endsOn\n      submissionDeadline\n      publishedAt\n    }\n    blocks {\n      id\n      name\n      leaderUnit {\n        id\n        code\n        name\n      }\n      units {\n        id\n        code\n        name\n      }\n    }\n    indicators {\n      id\n      parentId\n      code\n      title\n      kind\n      maxPoints\n      step\n      target\n      perItemPoints\n      evidenceRequired\n      position\n      depth\n      computedSource {\n        kind\n        id\n        metric\n        populationKind\n      }\n    }\n    titles {\n      id\n      name\n      minTotal\n      groupFloorPercent\n      quotaPercent\n      rankOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SheetFields on ScoreSheet {\n    id\n    campaignId\n    periodId\n    status\n    submittedAt\n    approvedAt\n    publishedAt\n    returnReason\n    explanation\n    selfTotal\n    finalTotal\n    unit {\n      id\n      code\n      name\n    }\n    entries {\n      id\n      indicatorId\n      indicatorCode\n      value\n      selfScore\n      reviewedScore\n      correctedScore\n      finalScore\n      note\n      reviewReason\n      computed {\n        value\n        source\n        computedAt\n        participation {\n          act\n          basis\n          kind\n          verified\n          guests\n          otherKinds\n          population\n          populationSource\n        }\n      }\n      evidence {\n        id\n        kind\n        url\n        fileName\n        mimeType\n        size\n        downloadUrl\n        createdAt\n      }\n      corrections {\n        id\n        oldScore\n        newScore\n        reason\n        correctedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SheetFields on ScoreSheet {\n    id\n    campaignId\n    periodId\n    status\n    submittedAt\n    approvedAt\n    publishedAt\n    returnReason\n    explanation\n    selfTotal\n    finalTotal\n    unit {\n      id\n      code\n      name\n    }\n    entries {\n      id\n      indicatorId\n      indicatorCode\n      value\n      selfScore\n      reviewedScore\n      correctedScore\n      finalScore\n      note\n      reviewReason\n      computed {\n        value\n        source\n        computedAt\n        participation {\n          act\n          basis\n          kind\n          verified\n          guests\n          otherKinds\n          population\n          populationSource\n        }\n      }\n      evidence {\n        id\n        kind\n        url\n        fileName\n        mimeType\n        size\n        downloadUrl\n        createdAt\n      }\n      corrections {\n        id\n        oldScore\n        newScore\n        reason\n        correctedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaigns {\n    campaigns {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  query Campaigns {\n    campaigns {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignUnits {\n    units {\n      id\n      code\n      name\n      kind\n      parentId\n    }\n  }\n"): (typeof documents)["\n  query CampaignUnits {\n    units {\n      id\n      code\n      name\n      kind\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoreSheets($campaignId: ID!, $periodId: ID, $status: SheetStatus) {\n    scoreSheets(campaignId: $campaignId, periodId: $periodId, status: $status) {\n      id\n      periodId\n      status\n      submittedAt\n      approvedAt\n      selfTotal\n      finalTotal\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScoreSheets($campaignId: ID!, $periodId: ID, $status: SheetStatus) {\n    scoreSheets(campaignId: $campaignId, periodId: $periodId, status: $status) {\n      id\n      periodId\n      status\n      submittedAt\n      approvedAt\n      selfTotal\n      finalTotal\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoreSheet($id: ID!) {\n    scoreSheet(id: $id) {\n      ...SheetFields\n    }\n  }\n"): (typeof documents)["\n  query ScoreSheet($id: ID!) {\n    scoreSheet(id: $id) {\n      ...SheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignAuditTrail($campaignId: ID!, $sheetId: ID) {\n    campaignAuditTrail(campaignId: $campaignId, sheetId: $sheetId) {\n      id\n      sheetId\n      entryId\n      indicatorCode\n      actorId\n      actorName\n      action\n      field\n      oldValue\n      newValue\n      reason\n      at\n    }\n  }\n"): (typeof documents)["\n  query CampaignAuditTrail($campaignId: ID!, $sheetId: ID) {\n    campaignAuditTrail(campaignId: $campaignId, sheetId: $sheetId) {\n      id\n      sheetId\n      entryId\n      indicatorCode\n      actorId\n      actorName\n      action\n      field\n      oldValue\n      newValue\n      reason\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignRanking($campaignId: ID!, $periodId: ID!, $view: RankingView!) {\n    campaignRanking(campaignId: $campaignId, periodId: $periodId, view: $view) {\n      campaignId\n      periodId\n      view\n      tieRuleText\n      blocks {\n        blockId\n        name\n        rows {\n          rank\n          tied\n          decidedByIndicatorCode\n          sheetId\n          sheetStatus\n          total\n          unit {\n            id\n            code\n            name\n          }\n          groups {\n            indicatorId\n            code\n            title\n            subtotal\n            maxPoints\n          }\n          title {\n            id\n            name\n          }\n          missedTitles {\n            titleId\n            titleName\n            conditions {\n              kind\n              message\n              required\n              actual\n              groupCode\n              quota\n            }\n          }\n          gapToAbove {\n            points\n            reachable\n            aboveUnit {\n              id\n              code\n              name\n            }\n            headroom {\n              indicatorId\n              code\n              current\n              max\n              headroom\n              enoughAlone\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignRanking($campaignId: ID!, $periodId: ID!, $view: RankingView!) {\n    campaignRanking(campaignId: $campaignId, periodId: $periodId, view: $view) {\n      campaignId\n      periodId\n      view\n      tieRuleText\n      blocks {\n        blockId\n        name\n        rows {\n          rank\n          tied\n          decidedByIndicatorCode\n          sheetId\n          sheetStatus\n          total\n          unit {\n            id\n            code\n            name\n          }\n          groups {\n            indicatorId\n            code\n            title\n            subtotal\n            maxPoints\n          }\n          title {\n            id\n            name\n          }\n          missedTitles {\n            titleId\n            titleName\n            conditions {\n              kind\n              message\n              required\n              actual\n              groupCode\n              quota\n            }\n          }\n          gapToAbove {\n            points\n            reachable\n            aboveUnit {\n              id\n              code\n              name\n            }\n            headroom {\n              indicatorId\n              code\n              current\n              max\n              headroom\n              enoughAlone\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCampaignPeriod($input: AddCampaignPeriodInput!) {\n    addCampaignPeriod(input: $input) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCampaignPeriod($input: AddCampaignPeriodInput!) {\n    addCampaignPeriod(input: $input) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCampaignBlock($input: AddCampaignBlockInput!) {\n    addCampaignBlock(input: $input) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCampaignBlock($input: AddCampaignBlockInput!) {\n    addCampaignBlock(input: $input) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveIndicatorTree($input: SaveIndicatorTreeInput!) {\n    saveIndicatorTree(input: $input) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveIndicatorTree($input: SaveIndicatorTreeInput!) {\n    saveIndicatorTree(input: $input) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIndicatorTargets($input: SetIndicatorTargetsInput!) {\n    setIndicatorTargets(input: $input) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetIndicatorTargets($input: SetIndicatorTargetsInput!) {\n    setIndicatorTargets(input: $input) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCampaignTitles($input: SaveTitlesInput!) {\n    saveCampaignTitles(input: $input) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCampaignTitles($input: SaveTitlesInput!) {\n    saveCampaignTitles(input: $input) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchCampaign($id: ID!) {\n    launchCampaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation LaunchCampaign($id: ID!) {\n    launchCampaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCampaign($id: ID!) {\n    archiveCampaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCampaign($id: ID!) {\n    archiveCampaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveScoreEntry($input: SaveScoreEntryInput!) {\n    saveScoreEntry(input: $input) {\n      ...SheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveScoreEntry($input: SaveScoreEntryInput!) {\n    saveScoreEntry(input: $input) {\n      ...SheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEvidenceFile($input: AddEvidenceFileInput!) {\n    addEvidenceFile(input: $input) {\n      ...SheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddEvidenceFile($input: AddEvidenceFileInput!) {\n    addEvidenceFile(input: $input) {\n      ...SheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEvidenceLink($input: AddEvidenceLinkInput!) {\n    addEvidenceLink(input: $input) {\n      ...SheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddEvidenceLink($input: AddEvidenceLinkInput!) {\n    addEvidenceLink(input: $input) {\n      ...SheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveEvidence($id: ID!) {\n    removeEvidence(id: $id) {\n      ...SheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveEvidence($id: ID!) {\n    removeEvidence(id: $id) {\n      ...SheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitScoreSheet($input: SubmitScoreSheetInput!) {\n    submitScoreSheet(input: $input) {\n      ...SheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitScoreSheet($input: SubmitScoreSheetInput!) {\n    submitScoreSheet(input: $input) {\n      ...SheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewScoreEntry($input: ReviewScoreEntryInput!) {\n    reviewScoreEntry(input: $input) {\n      ...SheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewScoreEntry($input: ReviewScoreEntryInput!) {\n    reviewScoreEntry(input: $input) {\n      ...SheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnScoreSheet($input: ReturnScoreSheetInput!) {\n    returnScoreSheet(input: $input) {\n      ...SheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnScoreSheet($input: ReturnScoreSheetInput!) {\n    returnScoreSheet(input: $input) {\n      ...SheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveScoreSheet($id: ID!) {\n    approveScoreSheet(id: $id) {\n      ...SheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveScoreSheet($id: ID!) {\n    approveScoreSheet(id: $id) {\n      ...SheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCampaignPeriod($periodId: ID!) {\n    publishCampaignPeriod(periodId: $periodId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PublishCampaignPeriod($periodId: ID!) {\n    publishCampaignPeriod(periodId: $periodId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectScore($input: CorrectScoreInput!) {\n    correctScore(input: $input) {\n      ...SheetFields\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectScore($input: CorrectScoreInput!) {\n    correctScore(input: $input) {\n      ...SheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecomputeIndicators($campaignId: ID!, $periodId: ID!) {\n    recomputeIndicators(campaignId: $campaignId, periodId: $periodId) {\n      updated\n      skipped {\n        indicatorCode\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecomputeIndicators($campaignId: ID!, $periodId: ID!) {\n    recomputeIndicators(campaignId: $campaignId, periodId: $periodId) {\n      updated\n      skipped {\n        indicatorCode\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Resolutions {\n    resolutions {\n      id\n      code\n      title\n      issuedOn\n      summary\n      isDemo\n      sections {\n        id\n        key\n        kind\n        title\n        body\n        position\n        resolutionId\n      }\n    }\n  }\n"): (typeof documents)["\n  query Resolutions {\n    resolutions {\n      id\n      code\n      title\n      issuedOn\n      summary\n      isDemo\n      sections {\n        id\n        key\n        kind\n        title\n        body\n        position\n        resolutionId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionVersionFields on QuestionVersion {\n    id\n    version\n    type\n    prompt\n    options {\n      id\n      text\n    }\n    correctOptionIds\n    numericAnswer {\n      answer\n      tolerance\n      unit\n    }\n    explanation\n    section {\n      id\n      key\n      kind\n      title\n      resolutionId\n    }\n    difficulty\n    tags\n    timeLimitSeconds\n    doublePoints\n    points\n    createdAt\n    publishedAt\n  }\n"): (typeof documents)["\n  fragment QuestionVersionFields on QuestionVersion {\n    id\n    version\n    type\n    prompt\n    options {\n      id\n      text\n    }\n    correctOptionIds\n    numericAnswer {\n      answer\n      tolerance\n      unit\n    }\n    explanation\n    section {\n      id\n      key\n      kind\n      title\n      resolutionId\n    }\n    difficulty\n    tags\n    timeLimitSeconds\n    doublePoints\n    points\n    createdAt\n    publishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Questions($filter: QuestionsFilterInput) {\n    questions(filter: $filter) {\n      total\n      items {\n        id\n        key\n        status\n        updatedAt\n        publishedVersion {\n          id\n          version\n        }\n        currentVersion {\n          id\n          version\n          type\n          prompt\n          difficulty\n          tags\n          section {\n            id\n            key\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Questions($filter: QuestionsFilterInput) {\n    questions(filter: $filter) {\n      total\n      items {\n        id\n        key\n        status\n        updatedAt\n        publishedVersion {\n          id\n          version\n        }\n        currentVersion {\n          id\n          version\n          type\n          prompt\n          difficulty\n          tags\n          section {\n            id\n            key\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Question($id: ID!) {\n    question(id: $id) {\n      id\n      key\n      status\n      createdBy\n      returnReason\n      createdAt\n      updatedAt\n      currentVersion {\n        ...QuestionVersionFields\n      }\n      publishedVersion {\n        id\n        version\n      }\n      versions {\n        ...QuestionVersionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Question($id: ID!) {\n    question(id: $id) {\n      id\n      key\n      status\n      createdBy\n      returnReason\n      createdAt\n      updatedAt\n      currentVersion {\n        ...QuestionVersionFields\n      }\n      publishedVersion {\n        id\n        version\n      }\n      versions {\n        ...QuestionVersionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitQuestionForReview($id: ID!) {\n    submitQuestionForReview(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitQuestionForReview($id: ID!) {\n    submitQuestionForReview(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishQuestion($id: ID!) {\n    publishQuestion(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PublishQuestion($id: ID!) {\n    publishQuestion(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnQuestion($input: ReturnQuestionInput!) {\n    returnQuestion(input: $input) {\n      id\n      status\n      returnReason\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnQuestion($input: ReturnQuestionInput!) {\n    returnQuestion(input: $input) {\n      id\n      status\n      returnReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveQuestion($id: ID!) {\n    archiveQuestion(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveQuestion($id: ID!) {\n    archiveQuestion(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportQuestions($input: ImportQuestionsInput!) {\n    importQuestions(input: $input) {\n      ok\n      created\n      updated\n      unchanged\n      errors {\n        line\n        column\n        reason\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportQuestions($input: ImportQuestionsInput!) {\n    importQuestions(input: $input) {\n      ok\n      created\n      updated\n      unchanged\n      errors {\n        line\n        column\n        reason\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportQuestions($filter: QuestionsFilterInput) {\n    exportQuestions(filter: $filter) {\n      fileName\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  mutation ExportQuestions($filter: QuestionsFilterInput) {\n    exportQuestions(filter: $filter) {\n      fileName\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Quizzes {\n    quizzes {\n      id\n      title\n      description\n      mode\n      shuffleOptions\n      isDemo\n      createdBy\n      updatedAt\n      items {\n        position\n      }\n      drawRules {\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query Quizzes {\n    quizzes {\n      id\n      title\n      description\n      mode\n      shuffleOptions\n      isDemo\n      createdBy\n      updatedAt\n      items {\n        position\n      }\n      drawRules {\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Quiz($id: ID!) {\n    quiz(id: $id) {\n      id\n      title\n      description\n      mode\n      shuffleOptions\n      isDemo\n      createdBy\n      updatedAt\n      items {\n        position\n        question {\n          id\n          key\n          status\n          currentVersion {\n            ...QuestionVersionFields\n          }\n          publishedVersion {\n            ...QuestionVersionFields\n          }\n        }\n      }\n      drawRules {\n        count\n        difficulty\n        sectionId\n        tag\n      }\n    }\n  }\n"): (typeof documents)["\n  query Quiz($id: ID!) {\n    quiz(id: $id) {\n      id\n      title\n      description\n      mode\n      shuffleOptions\n      isDemo\n      createdBy\n      updatedAt\n      items {\n        position\n        question {\n          id\n          key\n          status\n          currentVersion {\n            ...QuestionVersionFields\n          }\n          publishedVersion {\n            ...QuestionVersionFields\n          }\n        }\n      }\n      drawRules {\n        count\n        difficulty\n        sectionId\n        tag\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuiz($input: CreateQuizInput!) {\n    createQuiz(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuiz($input: CreateQuizInput!) {\n    createQuiz(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuiz($input: UpdateQuizInput!) {\n    updateQuiz(input: $input) {\n      id\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateQuiz($input: UpdateQuizInput!) {\n    updateQuiz(input: $input) {\n      id\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteQuiz($id: ID!) {\n    deleteQuiz(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteQuiz($id: ID!) {\n    deleteQuiz(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickQuestions($filter: QuestionsFilterInput) {\n    questions(filter: $filter) {\n      total\n      items {\n        id\n        key\n        status\n        currentVersion {\n          ...QuestionVersionFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PickQuestions($filter: QuestionsFilterInput) {\n    questions(filter: $filter) {\n      total\n      items {\n        id\n        key\n        status\n        currentVersion {\n          ...QuestionVersionFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountQuestions($filter: QuestionsFilterInput) {\n    questions(filter: $filter) {\n      total\n    }\n  }\n"): (typeof documents)["\n  query CountQuestions($filter: QuestionsFilterInput) {\n    questions(filter: $filter) {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicContest($id: ID!) {\n    contest(id: $id) {\n      id\n      title\n      rulesText\n      status\n      questionsPerAttempt\n      timeLimitSeconds\n      graceSeconds\n      attemptsPerRound\n      countingAttempt\n      predictionKind\n      predictionQuestion\n      rankingChain\n      identityMode\n      answerKeyReveal\n      serverTime\n      rounds {\n        id\n        name\n        startsAt\n        endsAt\n      }\n      currentRound {\n        id\n        name\n        startsAt\n        endsAt\n      }\n      units {\n        id\n        code\n        name\n        kind\n        parentId\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicContest($id: ID!) {\n    contest(id: $id) {\n      id\n      title\n      rulesText\n      status\n      questionsPerAttempt\n      timeLimitSeconds\n      graceSeconds\n      attemptsPerRound\n      countingAttempt\n      predictionKind\n      predictionQuestion\n      rankingChain\n      identityMode\n      answerKeyReveal\n      serverTime\n      rounds {\n        id\n        name\n        startsAt\n        endsAt\n      }\n      currentRound {\n        id\n        name\n        startsAt\n        endsAt\n      }\n      units {\n        id\n        code\n        name\n        kind\n        parentId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterEntrant($input: RegisterEntrantInput!) {\n    registerEntrant(input: $input) {\n      entrantToken\n      entrantCode\n      entrant {\n        id\n        fullName\n        birthYear\n        unitId\n        unitName\n        phoneMasked\n        verified\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterEntrant($input: RegisterEntrantInput!) {\n    registerEntrant(input: $input) {\n      entrantToken\n      entrantCode\n      entrant {\n        id\n        fullName\n        birthYear\n        unitId\n        unitName\n        phoneMasked\n        verified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterCandidates($input: RosterSearchInput!) {\n    rosterCandidates(input: $input) {\n      personId\n      fullName\n      subUnit\n    }\n  }\n"): (typeof documents)["\n  query RosterCandidates($input: RosterSearchInput!) {\n    rosterCandidates(input: $input) {\n      personId\n      fullName\n      subUnit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttemptFields on Attempt {\n    id\n    startedAt\n    deadlineAt\n    graceSeconds\n    remainingMs\n    serverTime\n    submitted\n    autoClosed\n    predictionKind\n    predictionQuestion\n    questions {\n      index\n      type\n      prompt\n      points\n      unit\n      options {\n        id\n        text\n      }\n    }\n    answers {\n      index\n      optionIds\n      value\n      savedAt\n    }\n  }\n"): (typeof documents)["\n  fragment AttemptFields on Attempt {\n    id\n    startedAt\n    deadlineAt\n    graceSeconds\n    remainingMs\n    serverTime\n    submitted\n    autoClosed\n    predictionKind\n    predictionQuestion\n    questions {\n      index\n      type\n      prompt\n      points\n      unit\n      options {\n        id\n        text\n      }\n    }\n    answers {\n      index\n      optionIds\n      value\n      savedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAttempt($entrantToken: String!) {\n    startAttempt(entrantToken: $entrantToken) {\n      attemptToken\n      attempt {\n        ...AttemptFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartAttempt($entrantToken: String!) {\n    startAttempt(entrantToken: $entrantToken) {\n      attemptToken\n      attempt {\n        ...AttemptFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Attempt($attemptToken: String!) {\n    attempt(attemptToken: $attemptToken) {\n      ...AttemptFields\n    }\n  }\n"): (typeof documents)["\n  query Attempt($attemptToken: String!) {\n    attempt(attemptToken: $attemptToken) {\n      ...AttemptFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAnswer($input: SaveAnswerInput!) {\n    saveAnswer(input: $input) {\n      index\n      savedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAnswer($input: SaveAnswerInput!) {\n    saveAnswer(input: $input) {\n      index\n      savedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAttempt($input: SubmitAttemptInput!) {\n    submitAttempt(input: $input) {\n      attemptId\n      score\n      maxScore\n      correctCount\n      durationMs\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitAttempt($input: SubmitAttemptInput!) {\n    submitAttempt(input: $input) {\n      attemptId\n      score\n      maxScore\n      correctCount\n      durationMs\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttemptResult($attemptToken: String!) {\n    attemptResult(attemptToken: $attemptToken) {\n      attemptId\n      autoClosed\n      score\n      maxScore\n      correctCount\n      questionCount\n      durationMs\n      prediction\n      submittedAt\n      keyRevealed\n      keyDecision\n      keyShownAt\n      questions {\n        index\n        type\n        prompt\n        points\n        earned\n        credit\n        explanation\n        sectionTitle\n        correctOptionIds\n        correctValue\n        yourOptionIds\n        yourValue\n        options {\n          id\n          text\n          correct\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttemptResult($attemptToken: String!) {\n    attemptResult(attemptToken: $attemptToken) {\n      attemptId\n      autoClosed\n      score\n      maxScore\n      correctCount\n      questionCount\n      durationMs\n      prediction\n      submittedAt\n      keyRevealed\n      keyDecision\n      keyShownAt\n      questions {\n        index\n        type\n        prompt\n        points\n        earned\n        credit\n        explanation\n        sectionTitle\n        correctOptionIds\n        correctValue\n        yourOptionIds\n        yourValue\n        options {\n          id\n          text\n          correct\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContestFields on Contest {\n    id\n    title\n    rulesText\n    status\n    isDemo\n    createdAt\n    questionsPerAttempt\n    timeLimitSeconds\n    attemptsPerRound\n    countingAttempt\n    predictionKind\n    rankingChain\n    shuffleOptions\n    identityMode\n    populationKind\n    answerKeyReveal\n    participationBasis\n    eligibleUnitIds\n    drawRules {\n      sectionId\n      difficulty\n      tag\n      count\n    }\n    rounds {\n      id\n      name\n      startsAt\n      endsAt\n      frozenAt\n      publishedAt\n    }\n    unitPrize {\n      participationPoints\n      prizeTiers {\n        label\n        count\n        unitPoints\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ContestFields on Contest {\n    id\n    title\n    rulesText\n    status\n    isDemo\n    createdAt\n    questionsPerAttempt\n    timeLimitSeconds\n    attemptsPerRound\n    countingAttempt\n    predictionKind\n    rankingChain\n    shuffleOptions\n    identityMode\n    populationKind\n    answerKeyReveal\n    participationBasis\n    eligibleUnitIds\n    drawRules {\n      sectionId\n      difficulty\n      tag\n      count\n    }\n    rounds {\n      id\n      name\n      startsAt\n      endsAt\n      frozenAt\n      publishedAt\n    }\n    unitPrize {\n      participationPoints\n      prizeTiers {\n        label\n        count\n        unitPoints\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contests {\n    contests {\n      ...ContestFields\n    }\n  }\n"): (typeof documents)["\n  query Contests {\n    contests {\n      ...ContestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContestSetupData {\n    resolutions {\n      id\n      code\n      title\n      sections {\n        id\n        key\n        title\n      }\n    }\n    units {\n      id\n      code\n      name\n      kind\n      parentId\n      eligiblePopulation\n    }\n  }\n"): (typeof documents)["\n  query ContestSetupData {\n    resolutions {\n      id\n      code\n      title\n      sections {\n        id\n        key\n        title\n      }\n    }\n    units {\n      id\n      code\n      name\n      kind\n      parentId\n      eligiblePopulation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContest($input: CreateContestInput!) {\n    createContest(input: $input) {\n      ...ContestFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContest($input: CreateContestInput!) {\n    createContest(input: $input) {\n      ...ContestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContest($input: UpdateContestInput!) {\n    updateContest(input: $input) {\n      ...ContestFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContest($input: UpdateContestInput!) {\n    updateContest(input: $input) {\n      ...ContestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenContest($id: ID!) {\n    openContest(id: $id) {\n      ...ContestFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenContest($id: ID!) {\n    openContest(id: $id) {\n      ...ContestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseContest($id: ID!) {\n    closeContest(id: $id) {\n      ...ContestFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseContest($id: ID!) {\n    closeContest(id: $id) {\n      ...ContestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FreezeContestRound($id: ID!) {\n    freezeContestRound(id: $id) {\n      id\n      frozenAt\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation FreezeContestRound($id: ID!) {\n    freezeContestRound(id: $id) {\n      id\n      frozenAt\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishContestRound($id: ID!) {\n    publishContestRound(id: $id) {\n      id\n      frozenAt\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishContestRound($id: ID!) {\n    publishContestRound(id: $id) {\n      id\n      frozenAt\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContestResults($contestId: ID!, $roundId: ID) {\n    contestResults(contestId: $contestId, roundId: $roundId) {\n      contestId\n      roundId\n      roundName\n      predictionKind\n      actual\n      rankingChain\n      totalEntrants\n      verifiedEntrants\n      unverifiedEntrants\n      participationFormula\n      participationBasis\n      identityMode\n      totalAttempts\n      individuals {\n        rank\n        entrantId\n        attemptId\n        fullName\n        birthYear\n        phoneMasked\n        unitId\n        unitName\n        score\n        maxScore\n        correctCount\n        durationMs\n        prediction\n        predictionDistance\n        submittedAt\n        attemptsUsed\n        decidedBy\n        flagged\n        prize\n        verified\n      }\n      winners {\n        rank\n        entrantId\n        fullName\n        unitName\n        prize\n        verified\n        phoneMasked\n        phoneKept\n        decidedAgainstNext\n        evidence\n      }\n      units {\n        rank\n        unitId\n        unitCode\n        unitName\n        entrants\n        unverified\n        otherKinds\n        eligiblePopulation\n        populationKind\n        populationSource\n        participationRate\n        averageScore\n        averageScoreShare\n        prizePoints\n        prizeScore\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContestResults($contestId: ID!, $roundId: ID) {\n    contestResults(contestId: $contestId, roundId: $roundId) {\n      contestId\n      roundId\n      roundName\n      predictionKind\n      actual\n      rankingChain\n      totalEntrants\n      verifiedEntrants\n      unverifiedEntrants\n      participationFormula\n      participationBasis\n      identityMode\n      totalAttempts\n      individuals {\n        rank\n        entrantId\n        attemptId\n        fullName\n        birthYear\n        phoneMasked\n        unitId\n        unitName\n        score\n        maxScore\n        correctCount\n        durationMs\n        prediction\n        predictionDistance\n        submittedAt\n        attemptsUsed\n        decidedBy\n        flagged\n        prize\n        verified\n      }\n      winners {\n        rank\n        entrantId\n        fullName\n        unitName\n        prize\n        verified\n        phoneMasked\n        phoneKept\n        decidedAgainstNext\n        evidence\n      }\n      units {\n        rank\n        unitId\n        unitCode\n        unitName\n        entrants\n        unverified\n        otherKinds\n        eligiblePopulation\n        populationKind\n        populationSource\n        participationRate\n        averageScore\n        averageScoreShare\n        prizePoints\n        prizeScore\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContestFlags($contestId: ID!, $unresolvedOnly: Boolean) {\n    contestFlags(contestId: $contestId, unresolvedOnly: $unresolvedOnly) {\n      id\n      kind\n      entrantId\n      entrantName\n      phoneMasked\n      attemptId\n      details\n      resolution\n      resolutionNote\n      reviewedAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query ContestFlags($contestId: ID!, $unresolvedOnly: Boolean) {\n    contestFlags(contestId: $contestId, unresolvedOnly: $unresolvedOnly) {\n      id\n      kind\n      entrantId\n      entrantName\n      phoneMasked\n      attemptId\n      details\n      resolution\n      resolutionNote\n      reviewedAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveContestFlag($input: ResolveContestFlagInput!) {\n    resolveContestFlag(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResolveContestFlag($input: ResolveContestFlagInput!) {\n    resolveContestFlag(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealWinnerPhone($entrantId: ID!) {\n    revealWinnerPhone(entrantId: $entrantId)\n  }\n"): (typeof documents)["\n  mutation RevealWinnerPhone($entrantId: ID!) {\n    revealWinnerPhone(entrantId: $entrantId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveGameJoinInfo($pin: String!) {\n    liveGameJoinInfo(pin: $pin) {\n      gameId\n      title\n      phase\n      allowLateJoin\n      identityMode\n      units {\n        id\n        code\n        name\n        kind\n        parentName\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveGameJoinInfo($pin: String!) {\n    liveGameJoinInfo(pin: $pin) {\n      gameId\n      title\n      phase\n      allowLateJoin\n      identityMode\n      units {\n        id\n        code\n        name\n        kind\n        parentName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveGames {\n    liveGames {\n      id\n      pin\n      title\n      status\n      quizId\n      createdAt\n      startedAt\n      endedAt\n      playerCount\n      joinPath\n    }\n  }\n"): (typeof documents)["\n  query LiveGames {\n    liveGames {\n      id\n      pin\n      title\n      status\n      quizId\n      createdAt\n      startedAt\n      endedAt\n      playerCount\n      joinPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveGame($id: ID!) {\n    liveGame(id: $id) {\n      id\n      pin\n      title\n      status\n      quizId\n      createdAt\n      startedAt\n      endedAt\n      playerCount\n      joinPath\n      settings {\n        scoringMode\n        streakBonus\n        unitAggregation\n        leaderboardMode\n        podiumPlaces\n        allowLateJoin\n        timeMultiplier\n        readingSeconds\n        identityMode\n        populationKind\n      }\n      participationBasis\n    }\n  }\n"): (typeof documents)["\n  query LiveGame($id: ID!) {\n    liveGame(id: $id) {\n      id\n      pin\n      title\n      status\n      quizId\n      createdAt\n      startedAt\n      endedAt\n      playerCount\n      joinPath\n      settings {\n        scoringMode\n        streakBonus\n        unitAggregation\n        leaderboardMode\n        podiumPlaces\n        allowLateJoin\n        timeMultiplier\n        readingSeconds\n        identityMode\n        populationKind\n      }\n      participationBasis\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLiveGame($input: StartLiveGameInput!) {\n    startLiveGame(input: $input) {\n      id\n      pin\n    }\n  }\n"): (typeof documents)["\n  mutation StartLiveGame($input: StartLiveGameInput!) {\n    startLiveGame(input: $input) {\n      id\n      pin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveGameResults($id: ID!) {\n    liveGameResults(id: $id) {\n      unitAggregation\n      participationBasis\n      verifiedPlayers\n      guests\n      players {\n        playerId\n        name\n        unitName\n        score\n        rank\n        correctCount\n        answeredCount\n        verified\n      }\n      questions {\n        index\n        prompt\n        type\n        answered\n        correctShare\n        averageTimeMs\n      }\n      units {\n        unitId\n        unitName\n        players\n        verified\n        guests\n        otherKinds\n        populationKind\n        populationSource\n        eligiblePopulation\n        participationRate\n        meanScore\n        score\n        rank\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveGameResults($id: ID!) {\n    liveGameResults(id: $id) {\n      unitAggregation\n      participationBasis\n      verifiedPlayers\n      guests\n      players {\n        playerId\n        name\n        unitName\n        score\n        rank\n        correctCount\n        answeredCount\n        verified\n      }\n      questions {\n        index\n        prompt\n        type\n        answered\n        correctShare\n        averageTimeMs\n      }\n      units {\n        unitId\n        unitName\n        players\n        verified\n        guests\n        otherKinds\n        populationKind\n        populationSource\n        eligiblePopulation\n        participationRate\n        meanScore\n        score\n        rank\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveQuizzes {\n    quizzes {\n      id\n      title\n      mode\n    }\n  }\n"): (typeof documents)["\n  query LiveQuizzes {\n    quizzes {\n      id\n      title\n      mode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveRosterCandidates($input: RosterSearchInput!) {\n    rosterCandidates(input: $input) {\n      personId\n      fullName\n      subUnit\n    }\n  }\n"): (typeof documents)["\n  query LiveRosterCandidates($input: RosterSearchInput!) {\n    rosterCandidates(input: $input) {\n      personId\n      fullName\n      subUnit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePopulationKind($input: PopulationKindInput!) {\n    savePopulationKind(input: $input) {\n      code\n      labelVi\n      labelEn\n      household\n      sortOrder\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SavePopulationKind($input: PopulationKindInput!) {\n    savePopulationKind(input: $input) {\n      code\n      labelVi\n      labelEn\n      household\n      sortOrder\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      name\n      kind\n      parentId\n      populationKind\n      populations {\n        kind\n        size\n        source\n        rosterSize\n        declared\n      }\n    }\n  }\n"): (typeof documents)["\n  query RosterUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      name\n      kind\n      parentId\n      populationKind\n      populations {\n        kind\n        size\n        source\n        rosterSize\n        declared\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleUnits {\n    units {\n      id\n      code\n      name\n      kind\n      parentId\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  query PeopleUnits {\n    units {\n      id\n      code\n      name\n      kind\n      parentId\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($filter: PeopleFilterInput!) {\n    people(filter: $filter) {\n      total\n      items {\n        id\n        unitId\n        unit {\n          id\n          code\n          name\n        }\n        kind\n        fullName\n        birthDate\n        birthYear\n        subUnit\n        phoneMasked\n        personalCode\n        erased\n        createdAt\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($filter: PeopleFilterInput!) {\n    people(filter: $filter) {\n      total\n      items {\n        id\n        unitId\n        unit {\n          id\n          code\n          name\n        }\n        kind\n        fullName\n        birthDate\n        birthYear\n        subUnit\n        phoneMasked\n        personalCode\n        erased\n        createdAt\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePerson($id: ID!, $reason: String!) {\n    deletePerson(id: $id, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation DeletePerson($id: ID!, $reason: String!) {\n    deletePerson(id: $id, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegeneratePersonalCode($id: ID!) {\n    regeneratePersonalCode(id: $id) {\n      id\n      personalCode\n    }\n  }\n"): (typeof documents)["\n  mutation RegeneratePersonalCode($id: ID!) {\n    regeneratePersonalCode(id: $id) {\n      id\n      personalCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      ok\n      created\n      updated\n      unchanged\n      errors {\n        line\n        column\n        reason\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      ok\n      created\n      updated\n      unchanged\n      errors {\n        line\n        column\n        reason\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealPersonPhone($id: ID!) {\n    revealPersonPhone(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevealPersonPhone($id: ID!) {\n    revealPersonPhone(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonDataExport($id: ID!) {\n    personDataExport(id: $id)\n  }\n"): (typeof documents)["\n  query PersonDataExport($id: ID!) {\n    personDataExport(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasePerson($id: ID!, $reason: String!) {\n    erasePerson(id: $id, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation ErasePerson($id: ID!, $reason: String!) {\n    erasePerson(id: $id, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacySettings {\n    privacySettings {\n      retentionMonths\n    }\n  }\n"): (typeof documents)["\n  query PrivacySettings {\n    privacySettings {\n      retentionMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePrivacySettings($input: PrivacySettingsInput!) {\n    savePrivacySettings(input: $input) {\n      retentionMonths\n    }\n  }\n"): (typeof documents)["\n  mutation SavePrivacySettings($input: PrivacySettingsInput!) {\n    savePrivacySettings(input: $input) {\n      retentionMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurgeExpiredPersonalData($dryRun: Boolean!) {\n    purgeExpiredPersonalData(dryRun: $dryRun) {\n      people\n      entrants\n      players\n    }\n  }\n"): (typeof documents)["\n  mutation PurgeExpiredPersonalData($dryRun: Boolean!) {\n    purgeExpiredPersonalData(dryRun: $dryRun) {\n      people\n      entrants\n      players\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataAudit($filter: DataAuditFilterInput!) {\n    dataAudit(filter: $filter) {\n      id\n      action\n      subjectType\n      subjectId\n      unitId\n      actorId\n      actorName\n      at\n      details\n    }\n  }\n"): (typeof documents)["\n  query DataAudit($filter: DataAuditFilterInput!) {\n    dataAudit(filter: $filter) {\n      id\n      action\n      subjectType\n      subjectId\n      unitId\n      actorId\n      actorName\n      at\n      details\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonRecord($id: ID!) {\n    personRecord(id: $id) {\n      person {\n        id\n        unitId\n        unit {\n          id\n          code\n          name\n        }\n        kind\n        fullName\n        birthDate\n        birthYear\n        subUnit\n        phoneMasked\n        personalCode\n        erased\n        createdAt\n        updatedAt\n      }\n      games {\n        gameId\n        title\n        playedAt\n        score\n        rank\n        players\n        answered\n      }\n      contests {\n        contestId\n        title\n        attempts\n        bestScore\n        maxScore\n        prize\n        disqualified\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonRecord($id: ID!) {\n    personRecord(id: $id) {\n      person {\n        id\n        unitId\n        unit {\n          id\n          code\n          name\n        }\n        kind\n        fullName\n        birthDate\n        birthYear\n        subUnit\n        phoneMasked\n        personalCode\n        erased\n        createdAt\n        updatedAt\n      }\n      games {\n        gameId\n        title\n        playedAt\n        score\n        rank\n        players\n        answered\n      }\n      contests {\n        contestId\n        title\n        attempts\n        bestScore\n        maxScore\n        prize\n        disqualified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units {\n    units {\n      id\n      code\n      name\n      kind\n      parentId\n      populationKind\n      populations {\n        kind\n        size\n        source\n        rosterSize\n        declared\n      }\n      sortOrder\n      isDemo\n    }\n  }\n"): (typeof documents)["\n  query Units {\n    units {\n      id\n      code\n      name\n      kind\n      parentId\n      populationKind\n      populations {\n        kind\n        size\n        source\n        rosterSize\n        declared\n      }\n      sortOrder\n      isDemo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n      name\n      kind\n      parentId\n      populationKind\n      populations {\n        kind\n        size\n        source\n        rosterSize\n        declared\n      }\n      sortOrder\n      isDemo\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n      name\n      kind\n      parentId\n      populationKind\n      populations {\n        kind\n        size\n        source\n        rosterSize\n        declared\n      }\n      sortOrder\n      isDemo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      code\n      name\n      kind\n      parentId\n      populationKind\n      populations {\n        kind\n        size\n        source\n        rosterSize\n        declared\n      }\n      sortOrder\n      isDemo\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      code\n      name\n      kind\n      parentId\n      populationKind\n      populations {\n        kind\n        size\n        source\n        rosterSize\n        declared\n      }\n      sortOrder\n      isDemo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUnit($id: ID!) {\n    deleteUnit(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteUnit($id: ID!) {\n    deleteUnit(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportUnits($input: ImportUnitsInput!) {\n    importUnits(input: $input) {\n      ok\n      created\n      updated\n      errors {\n        line\n        column\n        reason\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportUnits($input: ImportUnitsInput!) {\n    importUnits(input: $input) {\n      ok\n      created\n      updated\n      errors {\n        line\n        column\n        reason\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      id\n      username\n      displayName\n      role\n      active\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      id\n      username\n      displayName\n      role\n      active\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserUnits {\n    units {\n      id\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query UserUnits {\n    units {\n      id\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      active\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      active\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PopulationKinds {\n    populationKinds {\n      code\n      labelVi\n      labelEn\n      household\n      sortOrder\n      active\n    }\n  }\n"): (typeof documents)["\n  query PopulationKinds {\n    populationKinds {\n      code\n      labelVi\n      labelEn\n      household\n      sortOrder\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        username\n        displayName\n        role\n        unit {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        username\n        displayName\n        role\n        unit {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;