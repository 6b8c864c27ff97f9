// The offline queue's I/O: localStorage per trajectory (it survives a reload and reopening the page
// offline, which the service worker in public/minutes-sw.js serves), sequential POSTs, retry on
// `online` and every few seconds. The rules (order, no duplicates, what to retry) are in note-queue.ts.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useRevalidator } from 'react-router';
import {
  dismiss,
  drain,
  EMPTY_QUEUE,
  enqueue,
  type NoteValues,
  outcomeOf,
  parseStored,
  type QueueState,
  type SendOutcome,
  serialise,
  storageKey,
} from './note-queue';

const RETRY_MS = 4000;

export type QueueView = {
  state: QueueState;
  offline: boolean;
  submit: (note: NoteValues) => void;
  dismiss: (key: string) => void;
};

async function send(url: string, note: NoteValues): Promise<SendOutcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      // A redirect (signed out) must not count as stored: keep the note and retry.
      redirect: 'manual',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify(note),
    });
    const body: unknown = await response.json().catch(() => null);
    return outcomeOf(response.status, body);
  } catch {
    return { type: 'failed' };
  }
}

export function useNoteQueue(trajectoryId: string, url: string): QueueView {
  const key = storageKey(trajectoryId);
  const [state, setState] = useState<QueueState>(EMPTY_QUEUE);
  const [offline, setOffline] = useState(false);
  const stateRef = useRef(state);
  const flushing = useRef(false);
  const revalidator = useRevalidator();

  // Every change goes to the device first, so closing the tab or a crash loses nothing. The device
  // holds the queue (another tab may have changed it); this page holds what is in flight and sent.
  const update = useCallback(
    (change: (s: QueueState) => QueueState) => {
      const { sending, sent } = stateRef.current;
      const next = change({ ...parseStored(localStorage.getItem(key)), ...(sending ? { sending } : {}), ...(sent ? { sent } : {}) });
      localStorage.setItem(key, serialise(next));
      stateRef.current = next;
      setState(next);
    },
    [key],
  );

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    let stored = false;
    try {
      const result = await drain({ read: () => stateRef.current, change: update }, (note) => send(url, note));
      stored = result.stored;
      setOffline(result.failed);
    } finally {
      flushing.current = false;
      if (stored) void revalidator.revalidate();
    }
  }, [url, update, revalidator]);

  // The newest flush, for the listeners below, which are set up once per trajectory.
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });
  useEffect(() => {
    update((s) => s);
    const flushNow = () => void flushRef.current();
    flushNow();
    const onOnline = flushNow;
    window.addEventListener('online', onOnline);
    const timer = window.setInterval(() => {
      if (stateRef.current.pending.length > 0) flushNow();
    }, RETRY_MS);
    return () => {
      window.removeEventListener('online', onOnline);
      window.clearInterval(timer);
    };
  }, [key, update]);

  return {
    state,
    offline,
    submit: (note) => {
      update((s) => enqueue(s, note));
      void flush();
    },
    dismiss: (noteKey) => update((s) => dismiss(s, noteKey)),
  };
}
