import { useEffect, useRef, useState } from 'react';
import type { DeliveryStatus } from './words';

/** One status change as GET /v1/deliveries/tail sends it (its `delivery` event's data). */
export interface TailEvent {
  deliveryId: number;
  status: DeliveryStatus;
  attempt: number | null;
  category: string | null;
  message: string | null;
  abandoned: boolean;
  at: string;
  flow: string | null;
  connection: string;
  changeId: number;
}

export type TailState = 'off' | 'connecting' | 'live' | 'reconnecting';

const SECOND = 1000;
/** How long to wait before opening a stream the server closed, doubling up to the longest. */
const FIRST_WAIT = SECOND;
const LONGEST_WAIT = 30 * SECOND;

/**
 * The live tail as Server-Sent Events (the session cookie rides along). The browser reconnects a
 * dropped stream by itself, resuming after the last event it saw; a stream the server refused or
 * ended is opened again here, after a growing wait, from that same event. `onEvent` is read
 * afresh each time, so a caller may pass a new function every render.
 */
export function useLiveTail(query: string, enabled: boolean, onEvent: (e: TailEvent) => void): TailState {
  const [state, setState] = useState<TailState>('off');
  const handler = useRef(onEvent);
  handler.current = onEvent;

  useEffect(() => {
    if (!enabled) {
      setState('off');
      return;
    }
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastEventId = '';
    let wait = FIRST_WAIT;
    const open = () => {
      const resume = new URLSearchParams(query);
      if (lastEventId) resume.set('lastEventId', lastEventId);
      const es = new EventSource(`/v1/deliveries/tail?${resume}`);
      source = es;
      es.onopen = () => {
        wait = FIRST_WAIT;
        setState('live');
      };
      es.addEventListener('delivery', (e) => {
        lastEventId = e.lastEventId;
        handler.current(JSON.parse(e.data) as TailEvent);
      });
      es.onerror = () => {
        setState('reconnecting');
        if (es.readyState !== EventSource.CLOSED) return;
        es.close();
        timer = setTimeout(open, wait);
        wait = Math.min(wait * 2, LONGEST_WAIT);
      };
    };
    setState('connecting');
    open();
    return () => {
      clearTimeout(timer);
      source?.close();
    };
  }, [query, enabled]);

  return state;
}
