export { calendarRoutes } from './calendar.routes.ts';
export { calendarDecisions } from './calendar.schema.ts';
export { type CalendarService, createCalendarService } from './calendar.service.ts';
