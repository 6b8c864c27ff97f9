// Client side of realtime: one EventSource per page for all its channels. `useLive` reloads the
// page's loader data on every event (screens with few viewers: console, minutes, reception,
// facilitator, projector). `useVersionedLive` applies the change an event carries, in version order,
// and reloads only after a gap (the phones of a board: one event reaches 40 of them, decision 0011).
import { useEffect, useReducer, useRef, useState } from 'react';
import { useRevalidator } from 'react-router';
import { load, type Pushed, receive, startVersioned, type Versioned, type VersionedState } from './versions';

export type LiveState = 'connecting' | 'open' | 'offline';
type Message = { channel: string; kind: string; id: number; payload: Record<string, unknown> };

/** Keeps one EventSource open while the channels stay the same; the newest callbacks are read per event. */
function useEventStream(channels: readonly string[], onMessage: (message: Message) => void, onReconnected: () => void): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const key = channels.join(',');
  const latest = useRef({ onMessage, onReconnected });
  useEffect(() => {
    latest.current = { onMessage, onReconnected };
  });
  useEffect(() => {
    if (!key) return;
    // EventSource reconnects by itself and sends Last-Event-ID, so missed events are replayed.
    const source = new EventSource(`/events?channels=${encodeURIComponent(key)}`);
    let dropped = false;
    source.onopen = () => {
      setState('open');
      if (dropped) latest.current.onReconnected();
      dropped = false;
    };
    source.onerror = () => {
      dropped = true;
      setState(source.readyState === EventSource.CLOSED ? 'offline' : 'connecting');
    };
    source.onmessage = (message) => {
      // The SSE id is the stream's position (for replay); the event's own id is in the data.
      const data = JSON.parse(message.data as string) as Message;
      latest.current.onMessage({ ...data, payload: data.payload ?? {} });
    };
    return () => source.close();
  }, [key]);
  return state;
}

/** Every event reloads the page's loader data, so the screen shows the stored state. */
export function useLive(channels: readonly string[], onEvent?: (event: { channel: string; kind: string; id: number }) => void): LiveState {
  const revalidator = useRevalidator();
  const revalidate = () => void revalidator.revalidate();
  return useEventStream(
    channels,
    (message) => {
      onEvent?.(message);
      revalidate();
    },
    // After a drop, load once more: covers a change whose event could not be replayed in order.
    revalidate,
  );
}

type Action<V, C> = { type: 'load'; view: V } | { type: 'event'; event: Pushed<C> };

/**
 * The view from the loader with the changes pushed since, applied in version order (`apply` must be
 * pure). An event without a change, or a gap in versions, reloads the loader data once.
 */
export function useVersionedLive<V extends Versioned & { channel: string }, C>(
  loaded: V | null,
  apply: (view: V, change: C) => V,
): { view: V | null; live: LiveState } {
  const revalidator = useRevalidator();
  const [state, dispatch] = useReducer(
    (current: VersionedState<V, C> | null, action: Action<V, C>): VersionedState<V, C> | null => {
      if (action.type === 'load') return current ? load(current, action.view, apply) : startVersioned(action.view);
      return current ? receive(current, action.event, apply) : current;
    },
    loaded,
    (view) => (view ? startVersioned<V, C>(view) : null),
  );
  // A new loader answer (after this phone's own post, or a reload) becomes the base at once.
  const [seen, setSeen] = useState(loaded);
  if (loaded !== seen) {
    setSeen(loaded);
    if (loaded) dispatch({ type: 'load', view: loaded });
  }
  const live = useEventStream(
    loaded ? [loaded.channel] : [],
    (message) => {
      const { version, change } = message.payload as { version?: unknown; change?: C };
      if (typeof version === 'number') dispatch({ type: 'event', event: { version, change: change ?? null } });
    },
    // Replayed events fill any gap; a version check below catches what they could not.
    () => {},
  );
  const reload = state?.reload === true;
  const idle = revalidator.state === 'idle';
  useEffect(() => {
    if (reload && idle) void revalidator.revalidate();
  }, [reload, idle, revalidator]);
  return { view: state?.view ?? null, live };
}
