import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditFilters } from './queries.ts';

/** The filters as the URL keeps them: `/app/nhat-ky?hanh-dong=org.merge&tu=2025-07-01&den=2025-07-31`. */
export interface AuditFilterValues {
  action: string;
  actorId: string;
  subjectType: string;
  subjectId: string;
  /** `YYYY-MM-DD`, days in Vietnam time, both included. */
  fromDay: string;
  toDay: string;
}

const PARAMS: Record<keyof AuditFilterValues, string> = {
  action: 'hanh-dong',
  actorId: 'nguoi-thuc-hien',
  subjectType: 'loai-doi-tuong',
  subjectId: 'doi-tuong',
  fromDay: 'tu',
  toDay: 'den',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The API's filters: days become the first and last moment of the day in Vietnam (UTC+7). */
export function toApiFilters(values: AuditFilterValues): AuditFilters {
  const text = (value: string) => value.trim() || undefined;
  return {
    action: text(values.action),
    actorId: text(values.actorId),
    subjectType: text(values.subjectType),
    subjectId: text(values.subjectId),
    from: DAY.test(values.fromDay) ? `${values.fromDay}T00:00:00.000+07:00` : undefined,
    to: DAY.test(values.toDay) ? `${values.toDay}T23:59:59.999+07:00` : undefined,
  };
}

export function useAuditParams(): [AuditFilterValues, (values: AuditFilterValues) => void] {
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => {
    const read = (name: string) => params.get(name) ?? '';
    const day = (name: string) => (DAY.test(read(name)) ? read(name) : '');
    return {
      action: read(PARAMS.action),
      actorId: read(PARAMS.actorId),
      subjectType: read(PARAMS.subjectType),
      subjectId: read(PARAMS.subjectId),
      fromDay: day(PARAMS.fromDay),
      toDay: day(PARAMS.toDay),
    };
  }, [params]);
  const update = useCallback(
    (next: AuditFilterValues) => {
      const updated = new URLSearchParams();
      for (const [key, name] of Object.entries(PARAMS) as [keyof AuditFilterValues, string][]) {
        const value = next[key].trim();
        if (value) updated.set(name, value);
      }
      setParams(updated, { preventScrollReset: true });
    },
    [setParams],
  );
  return [values, update];
}
