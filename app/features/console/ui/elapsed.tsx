import { useEffect, useState } from 'react';
import { elapsedMinutes } from '../domain/timer';

/**
 * Elapsed minutes by the server's clock. The page renders the server's count; with JavaScript
 * it keeps counting from there (the device clock only measures how long the page is open).
 */
export function useElapsedMinutes(state: { startedAt: string | null; endedAt: string | null }, serverNow: string): number {
  const atServer = elapsedMinutes(state, new Date(serverNow));
  const [extra, setExtra] = useState(0);
  const running = Boolean(state.startedAt && !state.endedAt);
  useEffect(() => {
    setExtra(0);
    if (!running) return;
    const openedAt = Date.now();
    const timer = setInterval(() => setExtra(Date.now() - openedAt), 15_000);
    return () => clearInterval(timer);
  }, [serverNow, running]);
  if (!running || !state.startedAt) return atServer;
  return elapsedMinutes(state, new Date(new Date(serverNow).getTime() + extra));
}
