import type {
  DeliveryMethod,
  DossierAction,
  DossierFormCode,
  DossierQueue,
  DossierState,
  PrefillSource,
} from '@lienthong/contracts';
import type { TFunction } from 'i18next';

/**
 * The one-stop vocabulary for the browser (the web app imports only types from
 * @lienthong/contracts, so zod stays out of the bundle). The Vietnamese labels live in
 * `one-stop.vi.json` and `labels.test.ts` checks codes and labels against the contracts
 * (DOSSIER_STATES, DOSSIER_ACTIONS, DOSSIER_QUEUES, DOSSIER_FORMS, DELIVERY_METHODS).
 */

export const STATE_CODES = [
  'draft',
  'submitted',
  'needs_completion',
  'refused',
  'received',
  'in_process',
  'supplement_requested',
  'approved',
  'denied',
  'stopped',
  'signed',
  'result_ready',
  'delivered',
  'archived',
] as const satisfies readonly DossierState[];

export const ACTION_CODES = [
  'submit',
  'request_completion',
  'refuse',
  'receive',
  'assign',
  'consult',
  'consult_reply',
  'request_supplement',
  'supplement',
  'apologize',
  'approve',
  'deny',
  'stop',
  'sign',
  'issue',
  'deliver',
  'archive',
] as const satisfies readonly DossierAction[];

/** The tabs of the work queues, in the order of the desk's day. */
export const QUEUE_CODES = [
  'to_receive',
  'mine',
  'to_process',
  'to_approve',
  'to_sign',
  'to_issue',
  'to_deliver',
  'supplement',
  'due_soon',
  'late',
  'all',
] as const satisfies readonly DossierQueue[];

export const FORM_CODES = [
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
] as const satisfies readonly DossierFormCode[];

export const DELIVERY_CODES = ['online', 'desk', 'post'] as const satisfies readonly DeliveryMethod[];

export const PREFILL_SOURCE_CODES = [
  'identity.fullName',
  'identity.personalId',
  'identity.birthDate',
  'identity.sex',
  'identity.nationality',
  'identity.placeOfOrigin',
  'identity.permanentAddress',
  'identity.currentAddress',
  'identity.phone',
  'identity.email',
  'registry.household',
  'registry.business',
] as const satisfies readonly PrefillSource[];

export const stateLabel = (t: TFunction, state: string) =>
  t(`oneStop.states.${state}`, { defaultValue: state });
export const actionLabel = (t: TFunction, action: string) =>
  t(`oneStop.actions.${action}`, { defaultValue: action });
export const queueLabel = (t: TFunction, queue: string) =>
  t(`oneStop.queues.${queue}`, { defaultValue: queue });
export const formLabel = (t: TFunction, form: string) => t(`oneStop.forms.${form}`, { defaultValue: form });
export const deliveryLabel = (t: TFunction, method: string) =>
  t(`oneStop.delivery.${method}`, { defaultValue: method });

/**
 * Where a prefilled value came from. The dossier keeps either a source code
 * (`identity.fullName`) or the label the server already wrote: codes get their label, labels stay.
 */
export function prefillSourceLabel(t: TFunction, source: string): string {
  const known = (PREFILL_SOURCE_CODES as readonly string[]).includes(source);
  if (!known) return source;
  const registry = source.startsWith('registry.');
  return t(registry ? `oneStop.prefillSources.${source.slice(9)}` : 'oneStop.prefillSources.identity');
}

/** The path segment of an action: `request_supplement` → `request-supplement`. */
export const actionPath = (action: DossierAction) => action.replaceAll('_', '-');

export type StateTone = 'neutral' | 'progress' | 'success' | 'danger' | 'waiting';

/** How a state's tag looks (always with its label: colour is never the only cue). */
export function stateTone(state: DossierState): StateTone {
  switch (state) {
    case 'refused':
    case 'denied':
    case 'stopped':
      return 'danger';
    case 'needs_completion':
    case 'supplement_requested':
    case 'submitted':
      return 'waiting';
    case 'approved':
    case 'signed':
    case 'result_ready':
    case 'delivered':
      return 'success';
    case 'received':
    case 'in_process':
      return 'progress';
    default:
      return 'neutral';
  }
}

/**
 * The forms of Circular 03/2025/TT-VPCP that apply to a dossier, from its history: 01 once
 * received, 02/03/04/05 when the matching action happened, 06 (control slip) always once received.
 */
export function applicableForms(actions: readonly string[]): DossierFormCode[] {
  const has = (action: string) => actions.includes(action);
  const forms: DossierFormCode[] = [];
  if (has('receive')) forms.push('01');
  if (has('request_supplement')) forms.push('02');
  if (has('refuse')) forms.push('03');
  if (has('apologize')) forms.push('04');
  if (has('stop')) forms.push('05');
  if (has('receive')) forms.push('06');
  return forms;
}
