import type { TFunction } from 'i18next';

/** i18n keys (under `audit.actions`) of the actions recorded today; others show their code. */
const ACTION_KEYS: Readonly<Record<string, string>> = {
  'calendar.decision.saved': 'calendarDecisionSaved',
  'file.read': 'fileRead',
  'file.uploaded': 'fileUploaded',
  'identity.citizen.created': 'citizenCreated',
  'identity.citizen.logout': 'citizenLogout',
  'identity.citizen.signed-in': 'citizenSignedIn',
  'identity.citizen.updated': 'citizenUpdated',
  'identity.grant.added': 'grantAdded',
  'identity.grant.ended': 'grantEnded',
  'identity.login.failed': 'loginFailed',
  'identity.login.password_accepted': 'loginPasswordAccepted',
  'identity.login.succeeded': 'loginSucceeded',
  'identity.logout': 'logout',
  'identity.official.created': 'officialCreated',
  'identity.official.disabled': 'officialDisabled',
  'identity.official.updated': 'officialUpdated',
  'identity.password.changed': 'passwordChanged',
  'identity.password.reset': 'passwordReset',
  'identity.session.revoked': 'sessionRevoked',
  'identity.sessions.revoked': 'sessionsRevoked',
  'identity.token.created': 'tokenCreated',
  'identity.token.revoked': 'tokenRevoked',
  'identity.totp.enabled': 'totpEnabled',
  'identity.totp.enrolment_started': 'totpEnrolmentStarted',
  'org.create': 'orgCreate',
  'org.rename': 'orgRename',
  'org.move': 'orgMove',
  'org.merge': 'orgMerge',
  'org.split': 'orgSplit',
  'org.dissolve': 'orgDissolve',
  'org.demo-seeded': 'orgDemoSeeded',
  'sso.client.created': 'ssoClientCreated',
  'sso.client.disabled': 'ssoClientDisabled',
  'sso.client.secret_rotated': 'ssoClientSecretRotated',
  'sso.login': 'ssoLogin',
};

const SUBJECT_KEYS: Readonly<Record<string, string>> = {
  api_token: 'apiToken',
  calendar_year: 'calendarYear',
  citizen: 'citizen',
  citizen_session: 'citizenSession',
  file: 'file',
  official: 'official',
  org_restructure: 'orgRestructure',
  org_unit: 'orgUnit',
  session: 'session',
  sso_client: 'ssoClient',
};

/** The known action codes, for the filter's suggestions. */
export const KNOWN_ACTIONS = Object.keys(ACTION_KEYS);
export const KNOWN_SUBJECT_TYPES = Object.keys(SUBJECT_KEYS);

/** "Sáp nhập đơn vị" for `org.merge`; the code itself when it has no label. */
export function actionLabel(t: TFunction, action: string): string {
  const key = ACTION_KEYS[action];
  return key ? t(`audit.actions.${key}`) : action;
}

export function subjectTypeLabel(t: TFunction, subjectType: string): string {
  const key = SUBJECT_KEYS[subjectType];
  return key ? t(`audit.subjects.${key}`) : subjectType;
}

export function actorKindLabel(t: TFunction, kind: string): string {
  return ['official', 'citizen', 'system'].includes(kind) ? t(`audit.actorKinds.${kind}`) : kind;
}

const DATE_TIME_SECONDS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `23/11/2025 14:05:09` in Vietnam time; the input unchanged when it is not a valid moment. */
export function formatDateTimeSeconds(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p: Record<string, string> = {};
  for (const part of DATE_TIME_SECONDS.formatToParts(date)) p[part.type] = part.value;
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}
