import { DEFAULT_LIVE_GAME_SETTINGS, type LivePhase, type LiveStateView } from '@thidua/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderUi } from '../../../../test/render';
import { stubBrowserApis } from '../../testing/browser-stubs';
import { fakeLiveSocket } from '../../testing/fake-live-socket';
import { liveQuestion, liveState } from '../../testing/live-fixtures';
import { HostConsole } from './host-console-page';

type Reply = (event: string, payload: unknown) => unknown;

function renderConsole(state: LiveStateView, reply: Reply = () => ({ ok: true })) {
  const fake = fakeLiveSocket(reply);
  const live = { socket: fake.socket, state, status: 'connected' as const, clockOffset: 0, error: null };
  const view = renderUi(<HostConsole gameId="game-1" game={null} live={live} />);
  return { ...view, ...fake };
}

function at(phase: LivePhase, overrides: Partial<LiveStateView> = {}): LiveStateView {
  const question = liveQuestion('SINGLE_CHOICE', { index: 1 });
  return liveState({
    phase,
    question: phase === 'LOBBY' ? null : question,
    reveal:
      phase === 'REVEAL'
        ? {
            index: 1,
            correctOptionIds: ['opt-a'],
            correctValue: null,
            distribution: {},
            answered: 0,
            explanation: '',
            sectionTitle: null,
          }
        : null,
    leaderboard:
      phase === 'LEADERBOARD'
        ? {
            afterQuestion: 1,
            topPlayers: [],
            units: [],
            unitAggregation: 'PARTICIPATION_WEIGHTED',
            participationBasis: 'VERIFIED',
            verifiedPlayers: 0,
            guests: 0,
          }
        : null,
    ...overrides,
  });
}

beforeEach(stubBrowserApis);

const toolbar = () => screen.getByRole('toolbar', { name: 'Điều khiển buổi thi' });

describe('HostConsole controls', { timeout: 20_000 }, () => {
  it('lobby: "Bắt đầu" sends host:start from the lobby', async () => {
    const { user, emitted } = renderConsole(at('LOBBY'));
    expect(within(toolbar()).queryByTestId('host-next')).not.toBeInTheDocument();
    expect(within(toolbar()).queryByTestId('host-pause')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('host-start'));
    expect(emitted).toEqual([
      { event: 'host:start', payload: { gameId: 'game-1', from: { phase: 'LOBBY', index: -1 } } },
    ]);
  });

  it('question: pause and skip say which question the host saw', async () => {
    const { user, emitted } = renderConsole(at('QUESTION'));
    expect(screen.queryByTestId('host-start')).not.toBeInTheDocument();
    expect(screen.queryByTestId('host-next')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('host-pause'));
    await waitFor(() => expect(screen.getByTestId('host-skip')).toBeEnabled());
    await user.click(screen.getByTestId('host-skip'));
    expect(emitted).toEqual([
      { event: 'host:pause', payload: { gameId: 'game-1', from: { phase: 'QUESTION', index: 1 } } },
      { event: 'host:skip', payload: { gameId: 'game-1', from: { phase: 'QUESTION', index: 1 } } },
    ]);
  });

  it('a paused question offers resume instead of pause', async () => {
    const { user, emitted } = renderConsole(at('QUESTION', { paused: true }));
    expect(screen.queryByTestId('host-pause')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('host-resume'));
    expect(emitted[0]).toEqual({
      event: 'host:resume',
      payload: { gameId: 'game-1', from: { phase: 'QUESTION', index: 1 } },
    });
  });

  it('a self-running game says when it moves on and can be held between questions', async () => {
    const settings = { ...DEFAULT_LIVE_GAME_SETTINGS, autoAdvance: true, revealSeconds: 9 };
    const { user, emitted } = renderConsole(at('REVEAL', { settings }));
    expect(screen.getByTestId('host-auto-advance')).toHaveTextContent('Tự động chuyển tiếp sau 9 giây');
    await user.click(screen.getByTestId('host-pause'));
    expect(emitted[0]).toEqual({
      event: 'host:pause',
      payload: { gameId: 'game-1', from: { phase: 'REVEAL', index: 1 } },
    });
  });

  it('locks entry in the lobby, and a locked game offers to unlock it', async () => {
    const open = renderConsole(at('LOBBY'));
    await open.user.click(screen.getByTestId('host-lock'));
    expect(open.emitted[0]).toEqual({
      event: 'host:lock',
      payload: { gameId: 'game-1', from: { phase: 'LOBBY', index: -1 } },
    });
    open.unmount();
    renderConsole(at('LOBBY', { joinLocked: true }));
    expect(screen.getByTestId('host-unlock')).toHaveTextContent('Mở lượt vào');
    expect(screen.getByTestId('host-locked')).toHaveTextContent('Đã khóa lượt vào');
  });

  it('a game the host moves on cannot be paused between questions', () => {
    renderConsole(at('REVEAL'));
    expect(screen.queryByTestId('host-pause')).not.toBeInTheDocument();
    expect(screen.queryByTestId('host-auto-advance')).not.toBeInTheDocument();
  });

  it('reveal and leaderboard: next moves on from the step shown; the last leaderboard says finish', async () => {
    const first = renderConsole(at('REVEAL'));
    expect(screen.getByTestId('host-next')).toHaveTextContent('Tiếp theo');
    await first.user.click(screen.getByTestId('host-next'));
    expect(first.emitted[0]).toEqual({
      event: 'host:next',
      payload: { gameId: 'game-1', from: { phase: 'REVEAL', index: 1 } },
    });
    first.unmount();

    const last = at('LEADERBOARD', { questionCount: 2 });
    const second = renderConsole(last);
    expect(screen.getByTestId('host-next')).toHaveTextContent('Xem kết quả chung cuộc');
    await second.user.click(screen.getByTestId('host-next'));
    expect(second.emitted[0]).toEqual({
      event: 'host:next',
      payload: { gameId: 'game-1', from: { phase: 'LEADERBOARD', index: 1 } },
    });
  });

  it('every control is disabled while a command waits for its reply, and says it is working', async () => {
    const { user, emitted, answerPending } = renderConsole(at('QUESTION'), () => undefined);
    await user.click(screen.getByTestId('host-skip'));
    expect(screen.getByTestId('host-skip')).toHaveTextContent('Đang xử lý…');
    expect(screen.getByTestId('host-skip')).toBeDisabled();
    expect(screen.getByTestId('host-pause')).toBeDisabled();
    expect(screen.getByTestId('host-end')).toBeDisabled();
    await user.click(screen.getByTestId('host-pause'));
    expect(emitted).toHaveLength(1);
    answerPending({ ok: true });
    await waitFor(() => expect(screen.getByTestId('host-pause')).toBeEnabled());
    expect(screen.getByTestId('host-skip')).toHaveTextContent('Bỏ qua câu này');
  });

  it('end asks first; confirming sends host:end, cancelling sends nothing', async () => {
    const { user, emitted } = renderConsole(at('QUESTION'));
    await user.click(screen.getByTestId('host-end'));
    const dialog = await screen.findByTestId('host-end-dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(emitted).toHaveLength(0);
    await user.click(screen.getByTestId('host-end'));
    await user.click(await screen.findByTestId('host-end-confirm'));
    expect(emitted).toEqual([
      { event: 'host:end', payload: { gameId: 'game-1', from: { phase: 'QUESTION', index: 1 } } },
    ]);
  });

  it('shows why the server refused a command', async () => {
    const { user } = renderConsole(at('LOBBY'), () => ({ ok: false, reason: 'INVALID_COMMAND' }));
    await user.click(screen.getByTestId('host-start'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Không thể thực hiện thao tác này ở bước hiện tại.');
    expect(screen.getByTestId('host-start')).toBeEnabled();
  });

  it('an ended game has no controls', () => {
    renderConsole(at('ENDED'));
    expect(screen.queryByRole('toolbar')).not.toBeInTheDocument();
  });
});
