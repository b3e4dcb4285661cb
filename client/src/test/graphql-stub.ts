// urql clients for component tests, answering from plain data instead of a server.
// Only the methods urql's hooks call are given; a real Client would need a server URL.
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { CombinedError, type Client, type GraphQLRequest, type OperationResult } from 'urql';
import { fromValue, never } from 'wonka';

export type StubAnswer = { data: unknown } | { error: CombinedError };

/** The operation's name (`query Resolutions` → "Resolutions") and kind. */
export function operationOf(document: DocumentNode): { name: string; kind: 'query' | 'mutation' | 'subscription' } {
  const definition = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return { name: definition?.name?.value ?? '', kind: definition?.operation ?? 'query' };
}

/** A client whose every operation gets `answer(request)`; `undefined` never answers (stays fetching). */
export function answeringClient(answer: (request: GraphQLRequest) => StubAnswer | undefined): Client {
  const execute = (request: GraphQLRequest) => {
    const reply = answer(request);
    if (reply === undefined) return never;
    const result: OperationResult = {
      // The hooks read only data and error; the operation is what urql would echo back.
      operation: request as OperationResult['operation'],
      data: 'data' in reply ? reply.data : undefined,
      error: 'error' in reply ? reply.error : undefined,
      stale: false,
      hasNext: false,
    };
    return fromValue(result);
  };
  // urql's hooks only pipe what these return (a wonka source), so a plain source stands in for its result source.
  const source = execute as unknown as Client['executeQuery'];
  return {
    suspense: false,
    executeQuery: source,
    executeMutation: source,
    executeSubscription: () => never,
  } as unknown as Client;
}

export interface StubCall {
  name: string;
  variables: Record<string, unknown>;
}

export type StubHandler = (variables: Record<string, unknown>, call: number) => StubAnswer;

/**
 * Answers by operation name: each query or mutation a test names gets its handler's result
 * (data or error, the handler told how many times it was called before), anything else stays
 * fetching. Every operation is recorded, so a test can assert what was sent and in which order.
 */
export function graphqlStub(handlers: Record<string, StubHandler>): { client: Client; calls: StubCall[] } {
  const calls: StubCall[] = [];
  const counts = new Map<string, number>();
  const client = answeringClient((request) => {
    const { name } = operationOf(request.query);
    const variables = (request.variables ?? {}) as Record<string, unknown>;
    calls.push({ name, variables });
    const handler = handlers[name];
    if (!handler) return undefined;
    const n = counts.get(name) ?? 0;
    counts.set(name, n + 1);
    return handler(variables, n);
  });
  return { client, calls };
}

/** The error urql reports when the request never reached the server. */
export const networkError = () => new CombinedError({ networkError: new Error('offline') });

/** An error the server answered with (a GraphQL error with its code). */
export const serverError = (code = 'INTERNAL_SERVER_ERROR') =>
  new CombinedError({ graphQLErrors: [{ message: 'refused', extensions: { code } }] });
