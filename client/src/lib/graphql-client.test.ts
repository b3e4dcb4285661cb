import { GRAPHQL_UPLOAD_PATH } from '@thidua/shared';
import { parse } from 'graphql';
import { createRequest, makeOperation } from 'urql';
import { describe, expect, it } from 'vitest';
import { routeUploads } from './graphql-client';

const operationOf = (query: string) =>
  makeOperation('mutation', createRequest(parse(query), {}), {
    url: '/graphql',
    requestPolicy: 'network-only',
  });

describe('routeUploads', () => {
  it('sends file mutations to the upload path and everything else to /graphql', () => {
    const upload = operationOf('mutation Import($input: ImportUnitsInput!) { importUnits(input: $input) { ok } }');
    expect(routeUploads(upload).context.url).toBe(GRAPHQL_UPLOAD_PATH);
    const evidence = operationOf('mutation($input: AddEvidenceFileInput!) { addEvidenceFile(input: $input) { id } }');
    expect(routeUploads(evidence).context.url).toBe(GRAPHQL_UPLOAD_PATH);
    const other = operationOf('mutation($id: ID!) { deleteUnit(id: $id) }');
    expect(routeUploads(other).context.url).toBe('/graphql');
  });
});
