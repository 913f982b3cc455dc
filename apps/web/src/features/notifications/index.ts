/** What other parts of the web app may use from the notifications feature: the header's bell. */
export { NotificationBell } from './notification-bell.tsx';
