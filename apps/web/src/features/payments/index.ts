/** What other parts of the web app may use from the payments feature. */
export { SIMULATOR_ROUTE } from './queries.ts';
export { VietQrImage } from './vietqr-image.tsx';
