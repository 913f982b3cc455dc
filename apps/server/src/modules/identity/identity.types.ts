/** Injected time, so tests can move the clock (lockouts, timeouts, TOTP steps). */
export type Clock = () => Date;

/** Which official (and which session or API token) authenticated a request. */
export type RequestAuth = { officialId: string; sessionId?: string; tokenId?: string };
