// A urql client for tests that answers by operation name: each mutation or query a test
// names gets its handler's result (data or error), anything else stays fetching. Every
// operation is recorded, so a test can assert what was sent and in which order.
import { Kind, type OperationDefinitionNode } from 'graphql';
import { CombinedError, type Client, type GraphQLRequest, type OperationResult } from 'urql';
import { fromValue, never } from 'wonka';

export interface StubCall {
  name: string;
  variables: Record<string, unknown>;
}

export type StubAnswer = { data: unknown } | { error: CombinedError };
export type StubHandler = (variables: Record<string, unknown>, call: number) => StubAnswer;

function operationName(operation: GraphQLRequest): string {
  const definition = operation.query.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return definition?.name?.value ?? '';
}

export function graphqlStub(handlers: Record<string, StubHandler>): { client: Client; calls: StubCall[] } {
  const calls: StubCall[] = [];
  const counts = new Map<string, number>();
  const execute = (operation: GraphQLRequest) => {
    const name = operationName(operation);
    const variables = (operation.variables ?? {}) as Record<string, unknown>;
    calls.push({ name, variables });
    const handler = handlers[name];
    if (!handler) return never;
    const n = counts.get(name) ?? 0;
    counts.set(name, n + 1);
    const answer = handler(variables, n);
    const result: OperationResult = {
      // The hooks read only data and error; the operation is what urql would echo back.
      operation: operation as OperationResult['operation'],
      data: 'data' in answer ? answer.data : undefined,
      error: 'error' in answer ? answer.error : undefined,
      stale: false,
      hasNext: false,
    };
    return fromValue(result);
  };
  // urql's hooks only pipe what these return (a wonka source), so a plain source stands in for its result source.
  const source = execute as unknown as Client['executeQuery'];
  // This stub also answers with errors and records every call, which the shared test client does not.
  const client = {
    suspense: false,
    executeQuery: source,
    executeMutation: source,
    executeSubscription: () => never,
  } as unknown as Client;
  return { client, calls };
}

/** The error urql reports when the request never reached the server. */
export const networkError = () => new CombinedError({ networkError: new Error('offline') });

/** An error the server answered with (a GraphQL error with its code). */
export const serverError = (code = 'INTERNAL_SERVER_ERROR') =>
  new CombinedError({ graphQLErrors: [{ message: 'refused', extensions: { code } }] });
