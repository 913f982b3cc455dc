/** What other features may use from the tracking feature. */
export { TRACKING_ROUTE, trackingPath, trackingUrl } from './queries.ts';
