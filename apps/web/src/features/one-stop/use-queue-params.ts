import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { QUEUE_CODES, STATE_CODES } from './labels.ts';
import type { DossierQueue, QueueFilters } from './queries.ts';

/**
 * The work queue as the URL keeps it (shareable, survives reload):
 * `/app/mot-cua?hang-doi=late&don-vi=<id>&thu-tuc=<id>&trang-thai=received&q=…&tu=2026-03-01&den=2026-03-31&trang=2`.
 */
const NAMES = {
  queue: 'hang-doi',
  unitId: 'don-vi',
  procedureId: 'thu-tuc',
  state: 'trang-thai',
  q: 'q',
  receivedFrom: 'tu',
  receivedTo: 'den',
  page: 'trang',
} as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const DEFAULT_QUEUE: DossierQueue = 'all';

export function useQueueParams(): [QueueFilters, (changes: Partial<QueueFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const values = useMemo<QueueFilters>(() => {
    const matching = (name: string, pattern: RegExp) => {
      const value = params.get(name) ?? '';
      return pattern.test(value) ? value : '';
    };
    const queue = params.get(NAMES.queue) ?? '';
    const state = params.get(NAMES.state) ?? '';
    const page = Number(params.get(NAMES.page));
    return {
      queue: (QUEUE_CODES as readonly string[]).includes(queue) ? (queue as DossierQueue) : DEFAULT_QUEUE,
      unitId: matching(NAMES.unitId, UUID),
      procedureId: matching(NAMES.procedureId, UUID),
      state: (STATE_CODES as readonly string[]).includes(state) ? state : '',
      q: params.get(NAMES.q) ?? '',
      receivedFrom: matching(NAMES.receivedFrom, DAY),
      receivedTo: matching(NAMES.receivedTo, DAY),
      page: Number.isInteger(page) && page >= 1 ? page : 1,
    };
  }, [params]);

  /** Changes some values; anything but the page starts again at page 1. */
  const update = useCallback(
    (changes: Partial<QueueFilters>) => {
      const next: QueueFilters = {
        ...values,
        ...(changes.page === undefined ? { page: 1 } : {}),
        ...changes,
      };
      const updated = new URLSearchParams();
      if (next.queue !== DEFAULT_QUEUE) updated.set(NAMES.queue, next.queue);
      for (const key of ['unitId', 'procedureId', 'state', 'receivedFrom', 'receivedTo'] as const) {
        if (next[key]) updated.set(NAMES[key], next[key]);
      }
      if (next.q.trim()) updated.set(NAMES.q, next.q.trim());
      if (next.page > 1) updated.set(NAMES.page, String(next.page));
      setParams(updated, { preventScrollReset: true });
    },
    [values, setParams],
  );
  return [values, update];
}
