// Client side of realtime: one EventSource per page for all its channels; every event makes the
// page's loaders run again, so the screen shows the stored state (never a half-applied event).
import { useEffect, useRef, useState } from 'react';
import { useRevalidator } from 'react-router';

export type LiveState = 'connecting' | 'open' | 'offline';

export function useLive(channels: readonly string[], onEvent?: (event: { channel: string; kind: string; id: number }) => void): LiveState {
  const revalidator = useRevalidator();
  const [state, setState] = useState<LiveState>('connecting');
  const key = channels.join(',');
  // The newest callbacks, read when an event comes in: the stream is kept while the channels stay the same.
  const latest = useRef({ revalidator, onEvent });
  useEffect(() => {
    latest.current = { revalidator, onEvent };
  });
  useEffect(() => {
    const revalidate = () => void latest.current.revalidator.revalidate();
    if (!key) return;
    // EventSource reconnects by itself and sends Last-Event-ID, so missed events are replayed.
    const source = new EventSource(`/events?channels=${encodeURIComponent(key)}`);
    let dropped = false;
    source.onopen = () => {
      setState('open');
      // After a drop, load once more: covers a change whose event could not be replayed in order.
      if (dropped) revalidate();
      dropped = false;
    };
    source.onerror = () => {
      dropped = true;
      setState(source.readyState === EventSource.CLOSED ? 'offline' : 'connecting');
    };
    source.onmessage = (message) => {
      const data = JSON.parse(message.data as string) as { channel: string; kind: string };
      latest.current.onEvent?.({ ...data, id: Number(message.lastEventId) });
      revalidate();
    };
    return () => source.close();
  }, [key]);
  return state;
}
