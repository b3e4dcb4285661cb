import { graphql } from '../../../generated';

export const ResolutionsDocument = graphql(`
  query Resolutions {
    resolutions {
      id
      code
      title
      issuedOn
      summary
      isDemo
      sections {
        id
        key
        kind
        title
        body
        position
        resolutionId
      }
    }
  }
`);

export const QuestionVersionFieldsFragment = graphql(`
  fragment QuestionVersionFields on QuestionVersion {
    id
    version
    type
    prompt
    options {
      id
      text
    }
    correctOptionIds
    numericAnswer {
      answer
      tolerance
      unit
    }
    explanation
    keyWithheld
    section {
      id
      key
      kind
      title
      resolutionId
    }
    difficulty
    tags
    timeLimitSeconds
    doublePoints
    keepOrder
    points
    image {
      hash
      alt
      width
      height
      src
      srcSet
    }
    createdAt
    publishedAt
  }
`);

export const UploadQuestionImageDocument = graphql(`
  mutation UploadQuestionImage($input: UploadQuestionImageInput!) {
    uploadQuestionImage(input: $input) {
      hash
      width
      height
      src
      srcSet
    }
  }
`);

export const QuestionsDocument = graphql(`
  query Questions($filter: QuestionsFilterInput) {
    questions(filter: $filter) {
      total
      items {
        id
        key
        status
        updatedAt
        publishedVersion {
          id
          version
        }
        currentVersion {
          id
          version
          type
          prompt
          difficulty
          tags
          section {
            id
            key
            title
          }
        }
      }
    }
  }
`);

export const QuestionDocument = graphql(`
  query Question($id: ID!) {
    question(id: $id) {
      id
      key
      status
      createdBy
      returnReason
      createdAt
      updatedAt
      currentVersion {
        ...QuestionVersionFields
      }
      publishedVersion {
        id
        version
      }
      versions {
        ...QuestionVersionFields
      }
    }
  }
`);

export const CreateQuestionDocument = graphql(`
  mutation CreateQuestion($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      id
      status
    }
  }
`);

export const UpdateQuestionDocument = graphql(`
  mutation UpdateQuestion($input: UpdateQuestionInput!) {
    updateQuestion(input: $input) {
      id
      status
    }
  }
`);

export const SubmitQuestionDocument = graphql(`
  mutation SubmitQuestionForReview($id: ID!) {
    submitQuestionForReview(id: $id) {
      id
      status
    }
  }
`);

export const PublishQuestionDocument = graphql(`
  mutation PublishQuestion($id: ID!) {
    publishQuestion(id: $id) {
      id
      status
    }
  }
`);

export const ReturnQuestionDocument = graphql(`
  mutation ReturnQuestion($input: ReturnQuestionInput!) {
    returnQuestion(input: $input) {
      id
      status
      returnReason
    }
  }
`);

export const ArchiveQuestionDocument = graphql(`
  mutation ArchiveQuestion($id: ID!) {
    archiveQuestion(id: $id) {
      id
      status
    }
  }
`);

export const ImportQuestionsDocument = graphql(`
  mutation ImportQuestions($input: ImportQuestionsInput!) {
    importQuestions(input: $input) {
      ok
      created
      updated
      unchanged
      questionIds
      errors {
        line
        column
        reason
        message
      }
    }
  }
`);

/** The questions an import wrote, to review them as one batch. */
export const ImportedQuestionsDocument = graphql(`
  query ImportedQuestions($filter: QuestionsFilterInput) {
    questions(filter: $filter) {
      total
      items {
        id
        key
        status
        currentVersion {
          id
          prompt
        }
      }
    }
  }
`);

export const SubmitQuestionsDocument = graphql(`
  mutation SubmitQuestions($input: BulkQuestionsInput!) {
    submitQuestionsForReview(input: $input) {
      done
      refusals {
        questionId
        key
        reason
        message
      }
    }
  }
`);

export const PublishQuestionsDocument = graphql(`
  mutation PublishQuestions($input: BulkQuestionsInput!) {
    publishQuestions(input: $input) {
      done
      refusals {
        questionId
        key
        reason
        message
      }
    }
  }
`);

export const ExportQuestionsDocument = graphql(`
  mutation ExportQuestions($filter: QuestionsFilterInput, $withImages: Boolean) {
    exportQuestions(filter: $filter, withImages: $withImages) {
      fileName
      contentBase64
    }
  }
`);

export const QuizzesDocument = graphql(`
  query Quizzes {
    quizzes {
      id
      title
      description
      mode
      shuffleOptions
      isDemo
      createdBy
      updatedAt
      items {
        position
      }
      drawRules {
        count
      }
    }
  }
`);

export const QuizDocument = graphql(`
  query Quiz($id: ID!) {
    quiz(id: $id) {
      id
      title
      description
      mode
      shuffleOptions
      isDemo
      createdBy
      updatedAt
      items {
        position
        question {
          id
          key
          status
          currentVersion {
            ...QuestionVersionFields
          }
          publishedVersion {
            ...QuestionVersionFields
          }
        }
      }
      drawRules {
        count
        difficulty
        sectionId
        tag
      }
    }
  }
`);

export const CreateQuizDocument = graphql(`
  mutation CreateQuiz($input: CreateQuizInput!) {
    createQuiz(input: $input) {
      id
    }
  }
`);

export const UpdateQuizDocument = graphql(`
  mutation UpdateQuiz($input: UpdateQuizInput!) {
    updateQuiz(input: $input) {
      id
      updatedAt
    }
  }
`);

export const DeleteQuizDocument = graphql(`
  mutation DeleteQuiz($id: ID!) {
    deleteQuiz(id: $id)
  }
`);

/** The quiz builder's picker: published questions with everything the quiz card shows. */
export const PickQuestionsDocument = graphql(`
  query PickQuestions($filter: QuestionsFilterInput) {
    questions(filter: $filter) {
      total
      items {
        id
        key
        status
        currentVersion {
          ...QuestionVersionFields
        }
      }
    }
  }
`);

/** How many published questions a draw rule can pick from. */
export const CountQuestionsDocument = graphql(`
  query CountQuestions($filter: QuestionsFilterInput) {
    questions(filter: $filter) {
      total
    }
  }
`);
