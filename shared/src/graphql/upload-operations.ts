/**
 * GraphQL operations that carry a file (base64 inside the JSON body) go to their own
 * path with a larger body limit; `/graphql` itself takes small bodies only. The server
 * refuses these root fields on `/graphql` and anything else on the upload path; the
 * client sends operations by their root fields.
 */
export const GRAPHQL_UPLOAD_PATH = '/graphql/upload';

/**
 * Root mutation fields whose input carries a base64 file. A new file mutation is
 * added here (and nowhere else): the server and the client read this list.
 */
export const UPLOAD_ROOT_FIELDS: readonly string[] = [
  'addActivityFile',
  'addEvidenceFile',
  'importIndicatorTree',
  'importQuestions',
  'importRoster',
  'importUnits',
  'uploadQuestionImage',
];
