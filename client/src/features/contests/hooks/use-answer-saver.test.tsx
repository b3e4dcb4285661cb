import { act, renderHook, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { filter, fromPromise, mergeMap, pipe } from 'wonka';
import { Client, CombinedError, Provider, type Exchange, type Operation, type OperationResult } from 'urql';
import { loadDrafts } from '../utils/device-store';
import { useAnswerSaver } from './use-answer-saver';

interface SaveCall {
  index: number;
  response: unknown;
  /** 'ok', 'network', or a reason code the server refuses with. */
  reply: (outcome: string) => void;
}

/** A urql client whose every SaveAnswer waits until the test replies to it. */
function fakeServer() {
  const calls: SaveCall[] = [];
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op) => op.kind === 'mutation'),
      mergeMap((operation: Operation) => {
        const { input } = operation.variables as { input: { index: number; response: unknown } };
        const result = new Promise<OperationResult>((resolve) => {
          calls.push({
            index: input.index,
            response: input.response,
            reply: (outcome) => {
              if (outcome === 'ok')
                resolve({
                  operation,
                  data: { saveAnswer: { __typename: 'SavedAnswer', index: input.index, savedAt: 'now' } },
                  stale: false,
                  hasNext: false,
                });
              else
                resolve({
                  operation,
                  error:
                    outcome === 'network'
                      ? new CombinedError({ networkError: new Error('offline') })
                      : new CombinedError({
                          graphQLErrors: [new GraphQLError('no', { extensions: { reason: outcome } })],
                        }),
                  stale: false,
                  hasNext: false,
                });
            },
          });
        });
        return fromPromise(result);
      }),
    );
  const client = new Client({ url: 'http://test.invalid/graphql', exchanges: [exchange] });
  const wrapper = ({ children }: { children: ReactNode }) => <Provider value={client}>{children}</Provider>;
  return { calls, wrapper };
}

function renderSaver(onFinal = vi.fn(), initial = {}) {
  const server = fakeServer();
  const view = renderHook(() => useAnswerSaver('attempt-1', 'token-1', initial, onFinal), {
    wrapper: server.wrapper,
  });
  return { ...server, ...view, onFinal };
}

afterEach(() => localStorage.clear());

describe('useAnswerSaver', () => {
  it('marks answers the server already holds as saved', () => {
    const { result } = renderSaver(vi.fn(), { 2: { value: 5 } });
    expect(result.current.statuses[2]).toBe('saved');
    expect(result.current.responses[2]).toEqual({ value: 5 });
    expect(result.current.unsaved).toBe(0);
  });

  it('sends an answer, keeps it as a draft until acknowledged, then says saved', async () => {
    const { result, calls } = renderSaver();
    act(() => result.current.set(0, { optionIds: ['a'] }));
    expect(result.current.statuses[0]).toBe('saving');
    expect(loadDrafts('attempt-1')).toEqual({ 0: { optionIds: ['a'] } });
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({ index: 0, response: { optionIds: ['a'] } });

    await act(() => {
      calls[0].reply('ok');
      return Promise.resolve();
    });
    await waitFor(() => expect(result.current.statuses[0]).toBe('saved'));
    expect(loadDrafts('attempt-1')).toEqual({});
    expect(result.current.unsaved).toBe(0);
  });

  it('never lets an older answer overtake a newer one: one request per question, the newest after it', async () => {
    const { result, calls } = renderSaver();
    act(() => result.current.set(1, { optionIds: ['a'] }));
    act(() => result.current.set(1, { optionIds: ['b'] }));
    act(() => result.current.set(1, { optionIds: ['c'] }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].response).toEqual({ optionIds: ['a'] });

    await act(() => {
      calls[0].reply('ok');
      return Promise.resolve();
    });
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1].response).toEqual({ optionIds: ['c'] });
    expect(result.current.statuses[1]).toBe('saving');
    await act(() => {
      calls[1].reply('ok');
      return Promise.resolve();
    });
    await waitFor(() => expect(result.current.statuses[1]).toBe('saved'));
    expect(calls).toHaveLength(2);
  });

  it('retries after a network failure, shows offline meanwhile, and flush waits for it', async () => {
    const { result, calls } = renderSaver();
    act(() => result.current.set(3, { value: 1945 }));
    await waitFor(() => expect(calls).toHaveLength(1));
    await act(() => {
      calls[0].reply('network');
      return Promise.resolve();
    });
    await waitFor(() => expect(result.current.statuses[3]).toBe('retrying'));
    expect(result.current.offline).toBe(true);
    expect(result.current.unsaved).toBe(1);
    expect(loadDrafts('attempt-1')).toEqual({ 3: { value: 1945 } });

    let flushed: boolean | undefined;
    void result.current.flush(5000).then((done) => (flushed = done));
    await waitFor(() => expect(calls).toHaveLength(2), { timeout: 3000 });
    expect(calls[1].response).toEqual({ value: 1945 });
    await act(() => {
      calls[1].reply('ok');
      return Promise.resolve();
    });
    await waitFor(() => expect(flushed).toBe(true));
    expect(result.current.offline).toBe(false);
    expect(result.current.statuses[3]).toBe('saved');
  });

  it('stops and reports when the attempt is over', async () => {
    const onFinal = vi.fn();
    const { result, calls } = renderSaver(onFinal);
    act(() => result.current.set(0, { optionIds: ['a'] }));
    await waitFor(() => expect(calls).toHaveLength(1));
    await act(() => {
      calls[0].reply('ATTEMPT_TIME_UP');
      return Promise.resolve();
    });
    await waitFor(() => expect(onFinal).toHaveBeenCalledWith('ATTEMPT_TIME_UP', expect.any(CombinedError)));

    act(() => result.current.set(1, { optionIds: ['b'] }));
    await expect(result.current.flush(500)).resolves.toBe(false);
    expect(calls).toHaveLength(1);
  });

  it('sends drafts left on the device by a reload', async () => {
    localStorage.clear();
    const first = renderSaver();
    act(() => first.result.current.set(4, { optionIds: ['x'] }));
    first.unmount();
    const second = renderSaver();
    await waitFor(() => expect(second.calls).toHaveLength(1));
    expect(second.calls[0]).toMatchObject({ index: 4, response: { optionIds: ['x'] } });
    expect(second.result.current.statuses[4]).toBe('saving');
  });
});
