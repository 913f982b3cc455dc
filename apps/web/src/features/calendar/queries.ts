import type {
  CalendarDecisionHistory,
  CalendarDecisionInput,
  CalendarDecisionView,
  CalendarYearView,
  DayOffView,
  DeadlineInput,
  DeadlineView,
} from '@lienthong/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

/** Shapes of the calendar API, typed by the shared contracts (types only: zod is not bundled). */
export type { CalendarDecisionInput, CalendarDecisionView, CalendarYearView, DayOffView, DeadlineView };
export type DayOffKind = DayOffView['kind'];
/** What the page sends: `pauses` and `sameDayCutoff` may be left out (the server defaults them). */
export type DeadlineRequest = Omit<DeadlineInput, 'pauses' | 'sameDayCutoff'> &
  Partial<Pick<DeadlineInput, 'pauses' | 'sameDayCutoff'>>;

/** Years the API answers for (contracts: CalendarYear). */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export const CALENDAR_PATH = '/api/v1/calendar';
export const DEADLINE_PATH = `${CALENDAR_PATH}/deadline`;
export const yearPath = (year: number) => `${CALENDAR_PATH}/years/${year}`;
export const decisionsPath = (year: number) => `${yearPath(year)}/decisions`;
export const decisionPath = (year: number) => `${yearPath(year)}/decision`;

/** The permission that lets an official edit the yearly decision. */
export const CALENDAR_MANAGE = 'calendar.manage';

export const calendarKeys = {
  all: ['calendar'] as const,
  year: (year: number) => ['calendar', 'year', year] as const,
  decisions: (year: number) => ['calendar', 'decisions', year] as const,
};

export function calendarYearQuery(year: number) {
  return queryOptions({
    queryKey: calendarKeys.year(year),
    queryFn: ({ signal }) => api.get<CalendarYearView>(yearPath(year), { signal }),
    staleTime: 5 * 60_000,
  });
}

export function calendarDecisionsQuery(year: number) {
  return queryOptions({
    queryKey: calendarKeys.decisions(year),
    queryFn: ({ signal }) => api.get<CalendarDecisionHistory>(decisionsPath(year), { signal }),
    staleTime: 60_000,
  });
}

/** `GET /api/v1/calendar/years/:year`: days off, make-up working days and the year's decision. */
export function useCalendarYear(year: number) {
  return useQuery(calendarYearQuery(year));
}

/** `GET /api/v1/calendar/years/:year/decisions`: every version of the year's decision, newest first. */
export function useCalendarDecisions(year: number) {
  return useQuery(calendarDecisionsQuery(year));
}

/** `POST /api/v1/calendar/deadline`: the due moment for N working days from a receipt. */
export function useDeadline() {
  return useMutation({
    mutationFn: (input: DeadlineRequest) => api.post<DeadlineView>(DEADLINE_PATH, input),
  });
}

/** `PUT /api/v1/calendar/years/:year/decision` (permission `calendar.manage`): saves a new version. */
export function useSaveDecision(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CalendarDecisionInput) => api.put<CalendarYearView>(decisionPath(year), input),
    onSuccess: async (view) => {
      queryClient.setQueryData(calendarKeys.year(year), view);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: calendarKeys.year(year) }),
        queryClient.invalidateQueries({ queryKey: calendarKeys.decisions(year) }),
      ]);
    },
  });
}
