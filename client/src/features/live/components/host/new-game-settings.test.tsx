import { DEFAULT_LIVE_GAME_SETTINGS, type LiveGameSettings } from '@thidua/shared';
import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '../../../../test/render';
import { NewGameSettings } from './new-game-settings';

let latest: LiveGameSettings = DEFAULT_LIVE_GAME_SETTINGS;

function Harness() {
  const [settings, setSettings] = useState<LiveGameSettings>(DEFAULT_LIVE_GAME_SETTINGS);
  latest = settings;
  return <NewGameSettings settings={settings} set={(key, value) => setSettings((s) => ({ ...s, [key]: value }))} />;
}

describe('NewGameSettings: a self-running game', () => {
  it('asks for the pauses only once the game runs by itself, and keeps them within 2–120 s', async () => {
    const { user } = renderUi(<Harness />);
    expect(screen.queryByLabelText('Giữ đáp án (giây)')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('new-game-auto-advance'));
    expect(latest.autoAdvance).toBe(true);
    const reveal = screen.getByLabelText('Giữ đáp án (giây)');
    expect(reveal).toHaveValue(DEFAULT_LIVE_GAME_SETTINGS.revealSeconds);
    fireEvent.change(reveal, { target: { value: '500' } });
    expect(latest.revealSeconds).toBe(120);
    fireEvent.change(screen.getByLabelText('Giữ bảng xếp hạng (giây)'), { target: { value: '1' } });
    expect(latest.leaderboardSeconds).toBe(2);
  });
});
