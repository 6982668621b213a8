import { type InfiniteData, type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, ok } from '../../api/client';
import { type DeliveryQuery, tailQuery } from './history-filter';
import { type TailState, type TailEvent, useLiveTail } from './use-live-tail';
import { type ListedDelivery, STATUSES } from './words';

type Pages = InfiniteData<{ deliveries: ListedDelivery[]; nextCursor: string | null }, string>;

/** A listed delivery moved on by a tail event: what the event says, over what the row said. */
const movedOn = (d: ListedDelivery, e: TailEvent): ListedDelivery => ({
  ...d,
  status: e.status,
  attempts: e.attempt ?? d.attempts,
  failureCategory: (e.category as ListedDelivery['failureCategory']) ?? null,
  failureMessage: e.message,
  abandoned: e.abandoned,
  deliveredAt: e.status === 'delivered' ? e.at : null,
  updatedAt: e.at,
});

const newestFirst = (a: ListedDelivery, b: ListedDelivery) => b.receivedAt.localeCompare(a.receivedAt) || b.id - a.id;
const statusLabel = (s: TailEvent['status']) => STATUSES.find((x) => x.value === s)?.label ?? s;

/**
 * Keeps the history's rows live: each tail event moves its row on in place; a delivery not yet
 * listed is read once (by its change, with the list's filters) and put at the top. The tail is
 * not narrowed by status: a listed row moving out of the status filtered for (Retrying, then
 * Delivered) shows where it went rather than stay as it was. Each time the stream opens, the list
 * is read again, for what happened before it did. Returns the tail's state and the latest change
 * in words, for a polite announcement.
 */
export function useLiveRows(listKey: QueryKey, query: DeliveryQuery, enabled: boolean): { state: TailState; announcement: string } {
  const queries = useQueryClient();
  const [announcement, setAnnouncement] = useState('');
  // Changes being read, and those whose events came during the read (so it may be stale: read again).
  const reading = useRef(new Set<number>());
  const readAgain = useRef(new Set<number>());

  const listed = (id: number) => queries.getQueryData<Pages>(listKey)?.pages.some((p) => p.deliveries.some((d) => d.id === id)) ?? false;
  const update = (change: (pages: Pages) => Pages) => queries.setQueryData<Pages>(listKey, (data) => data && change(data));

  const addChange = async (changeId: number) => {
    if (reading.current.has(changeId)) {
      readAgain.current.add(changeId);
      return;
    }
    reading.current.add(changeId);
    try {
      const { deliveries } = await ok(api.GET('/v1/deliveries', { params: { query: { ...query, changeId, order: 'newest' } } }));
      update((data) => {
        const read = new Map(deliveries.map((d) => [d.id, d]));
        const pages = data.pages.map((p) => ({ ...p, deliveries: p.deliveries.map((d) => read.get(d.id) ?? d) }));
        const fresh = deliveries.filter((d) => !data.pages.some((p) => p.deliveries.some((x) => x.id === d.id)));
        const [first, ...rest] = pages;
        if (!first) return data;
        return { ...data, pages: [{ ...first, deliveries: [...fresh, ...first.deliveries].sort(newestFirst) }, ...rest] };
      });
    } finally {
      reading.current.delete(changeId);
      if (readAgain.current.delete(changeId)) void addChange(changeId).catch(() => {});
    }
  };

  const { status: _readOnRead, ...tailFilter } = query;
  const state = useLiveTail(tailQuery(tailFilter), enabled, (e) => {
    const where = `${e.flow ?? 'a deleted flow'} to ${e.connection}`;
    if (listed(e.deliveryId)) {
      update((data) => ({ ...data, pages: data.pages.map((p) => ({ ...p, deliveries: p.deliveries.map((d) => (d.id === e.deliveryId ? movedOn(d, e) : d)) })) }));
      setAnnouncement(`Delivery ${e.deliveryId} (${where}) is now ${statusLabel(e.status)}.`);
    } else {
      // A change the history has not listed yet, even if its first event was missed: read it whole.
      void addChange(e.changeId).catch(() => {});
      setAnnouncement(`New delivery ${e.deliveryId} (${where}): ${statusLabel(e.status)}.`);
    }
  });
  useEffect(() => {
    if (state === 'live') void queries.invalidateQueries({ queryKey: listKey });
  }, [state]);
  return { state, announcement };
}
