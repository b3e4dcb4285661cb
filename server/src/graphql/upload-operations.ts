import { GRAPHQL_UPLOAD_PATH, UPLOAD_ROOT_FIELDS } from '@thidua/shared';
import type { NextFunction, Request, Response } from 'express';
import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';
import { isUploadRequest, refuseRequest } from '../common/http/request-limits.js';

/** The file mutations (shared/src/graphql/upload-operations.ts): add a new one there, the client reads it too. */
export { GRAPHQL_UPLOAD_PATH, UPLOAD_ROOT_FIELDS };

const uploadFields = new Set(UPLOAD_ROOT_FIELDS);

/** Root field names of every operation of a document (fragments on the root type followed). */
export function rootFields(document: DocumentNode): string[] {
  const fragments = new Map<string, SelectionSetNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d.selectionSet);
  const names: string[] = [];
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) names.push(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet, seen);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = fragments.get(s.name.value);
        if (fragment) visit(fragment, seen);
      }
    }
  };
  for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION) visit(d.selectionSet, new Set());
  return names;
}

/**
 * Sends file mutations to their path: on /graphql a document naming one of
 * UPLOAD_ROOT_FIELDS is refused (400 UPLOAD_PATH_REQUIRED), and on the upload path
 * a document with anything else is (400 NOT_AN_UPLOAD), so the larger body limit
 * buys nothing but files. Runs after rejectLongQueries: the parse is of at most
 * MAX_QUERY_LENGTH characters; a text that does not parse is left to Apollo.
 */
export function routeUploadOperations(req: Request, res: Response, next: NextFunction): void {
  const query: unknown = (req.body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string') return next();
  let fields: string[];
  try {
    fields = rootFields(parse(query, { noLocation: true }));
  } catch {
    return next();
  }
  if (isUploadRequest(req)) {
    const other = fields.find((f) => !uploadFields.has(f));
    if (other !== undefined || fields.length === 0) {
      refuseRequest(
        res,
        400,
        'BAD_REQUEST',
        'NOT_AN_UPLOAD',
        `${GRAPHQL_UPLOAD_PATH} takes only file mutations (${UPLOAD_ROOT_FIELDS.join(', ')}); ${other ?? 'this'} goes to /graphql`,
      );
      return;
    }
  } else {
    const upload = fields.find((f) => uploadFields.has(f));
    if (upload !== undefined) {
      refuseRequest(res, 400, 'BAD_REQUEST', 'UPLOAD_PATH_REQUIRED', `${upload} is sent to ${GRAPHQL_UPLOAD_PATH}`);
      return;
    }
  }
  next();
}
