import type { DossierAction, DossierState } from '@lienthong/contracts';

/**
 * The dossier state machine (Decree 118/2025/NĐ-CP; forms of Circular 03/2025/TT-VPCP), pure:
 * which action may happen in which state, who may take it, and where it leads. The service
 * applies it inside the transaction that locks the dossier; nothing else changes `state`.
 *
 *   draft → submitted → needs_completion → submitted …
 *                     → refused (form 03)
 *                     → received (form 01: code, clock starts) → in_process (steps, consultations)
 *   in_process ⇄ supplement_requested (form 02: clock paused)
 *   received | in_process | supplement_requested: apology with a new date (form 04) any time before the result
 *   in_process → approved | denied (reasons) | stopped (form 05)
 *   approved | denied → signed (the leader's signature) → result_ready (the organisation's seal)
 *   result_ready → delivered (online, desk, post) → archived;  refused | stopped → archived
 */

/** Who may take an action: the applicant's side, or officials of the competent unit by duty. */
export type Duty = 'applicant' | 'receive' | 'process' | 'approve' | 'seal';

type Rule = { from: readonly DossierState[]; to: DossierState | 'same'; duties: readonly Duty[] };

const BEFORE_RESULT: readonly DossierState[] = ['received', 'in_process', 'supplement_requested'];

export const TRANSITIONS: Record<DossierAction, Rule> = {
  submit: { from: ['draft', 'needs_completion'], to: 'submitted', duties: ['applicant'] },
  request_completion: { from: ['submitted'], to: 'needs_completion', duties: ['receive'] },
  refuse: { from: ['submitted', 'needs_completion'], to: 'refused', duties: ['receive'] },
  receive: { from: ['submitted'], to: 'received', duties: ['receive'] },
  assign: { from: ['received', 'in_process'], to: 'in_process', duties: ['receive', 'process', 'approve'] },
  consult: { from: ['in_process'], to: 'same', duties: ['process', 'approve'] },
  consult_reply: { from: ['in_process'], to: 'same', duties: ['process', 'approve'] },
  request_supplement: {
    from: ['received', 'in_process'],
    to: 'supplement_requested',
    duties: ['process', 'approve'],
  },
  supplement: { from: ['supplement_requested'], to: 'in_process', duties: ['applicant'] },
  apologize: { from: BEFORE_RESULT, to: 'same', duties: ['receive', 'process', 'approve'] },
  approve: { from: ['in_process'], to: 'approved', duties: ['approve'] },
  deny: { from: ['in_process'], to: 'denied', duties: ['approve'] },
  stop: { from: ['in_process', 'supplement_requested'], to: 'stopped', duties: ['approve'] },
  sign: { from: ['approved', 'denied'], to: 'signed', duties: ['approve'] },
  issue: { from: ['signed'], to: 'result_ready', duties: ['seal'] },
  deliver: { from: ['result_ready'], to: 'delivered', duties: ['receive'] },
  archive: { from: ['delivered', 'refused', 'stopped'], to: 'archived', duties: ['receive'] },
};

/** States in which the processing clock runs (received, not yet ended, not paused). */
export const CLOCK_RUNNING: readonly DossierState[] = ['received', 'in_process'];

/** States after which the processing is over (the result or the end is decided). */
export const PROCESSING_ENDED: readonly DossierState[] = [
  'refused',
  'stopped',
  'result_ready',
  'delivered',
  'archived',
];

export class TransitionRefused extends Error {
  readonly action: DossierAction;
  readonly state: DossierState;
  constructor(action: DossierAction, state: DossierState) {
    super(`Action ${action} is not allowed in state ${state}`);
    this.action = action;
    this.state = state;
  }
}

/** The state after `action`, or TransitionRefused when the action is not allowed in `state`. */
export function nextState(state: DossierState, action: DossierAction): DossierState {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(state)) throw new TransitionRefused(action, state);
  return rule.to === 'same' ? state : rule.to;
}

export function isAllowed(state: DossierState, action: DossierAction): boolean {
  return TRANSITIONS[action].from.includes(state);
}

/** The actions open in `state` to someone holding `duties` (the buttons a user sees). */
export function allowedActions(state: DossierState, duties: ReadonlySet<Duty>): DossierAction[] {
  return (Object.keys(TRANSITIONS) as DossierAction[]).filter((action) => {
    const rule = TRANSITIONS[action];
    return rule.from.includes(state) && rule.duties.some((duty) => duties.has(duty));
  });
}

/** Whether one of `duties` may take `action` (state aside). */
export function dutyAllows(action: DossierAction, duties: ReadonlySet<Duty>): boolean {
  return TRANSITIONS[action].duties.some((duty) => duties.has(duty));
}
