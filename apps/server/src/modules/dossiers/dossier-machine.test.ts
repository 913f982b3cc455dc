import {
  DOSSIER_ACTION_LIST,
  DOSSIER_STATE_LIST,
  type DossierAction,
  type DossierState,
} from '@lienthong/contracts';
import { describe, expect, it } from 'vitest';
import { allowedActions, type Duty, isAllowed, nextState, TransitionRefused } from './dossier-machine.ts';

/** The specification, written out: every allowed (state, action) and where it leads. */
const ALLOWED: Record<string, DossierState> = {
  'draft/submit': 'submitted',
  'needs_completion/submit': 'submitted',
  'submitted/request_completion': 'needs_completion',
  'submitted/refuse': 'refused',
  'needs_completion/refuse': 'refused',
  'submitted/receive': 'received',
  'received/assign': 'in_process',
  'in_process/assign': 'in_process',
  'in_process/consult': 'in_process',
  'in_process/consult_reply': 'in_process',
  'received/request_supplement': 'supplement_requested',
  'in_process/request_supplement': 'supplement_requested',
  'supplement_requested/supplement': 'in_process',
  'received/apologize': 'received',
  'in_process/apologize': 'in_process',
  'supplement_requested/apologize': 'supplement_requested',
  'in_process/approve': 'approved',
  'in_process/deny': 'denied',
  'in_process/stop': 'stopped',
  'supplement_requested/stop': 'stopped',
  'approved/sign': 'signed',
  'denied/sign': 'signed',
  'signed/issue': 'result_ready',
  'result_ready/deliver': 'delivered',
  'delivered/archive': 'archived',
  'refused/archive': 'archived',
  'stopped/archive': 'archived',
};

describe('dossier state machine', () => {
  const pairs = DOSSIER_STATE_LIST.flatMap((state) =>
    DOSSIER_ACTION_LIST.map((action) => [state, action] as const),
  );

  it.each(pairs)('%s + %s: allowed exactly as specified', (state: DossierState, action: DossierAction) => {
    const expected = ALLOWED[`${state}/${action}`];
    if (expected) {
      expect(isAllowed(state, action)).toBe(true);
      expect(nextState(state, action)).toBe(expected);
    } else {
      expect(isAllowed(state, action)).toBe(false);
      expect(() => nextState(state, action)).toThrow(TransitionRefused);
    }
  });

  it('archived is final and a draft cannot skip to processing', () => {
    expect(
      allowedActions('archived', new Set<Duty>(['applicant', 'receive', 'process', 'approve', 'seal'])),
    ).toEqual([]);
    expect(isAllowed('draft', 'receive')).toBe(false);
    expect(isAllowed('submitted', 'approve')).toBe(false);
  });

  it('offers each side only its own actions', () => {
    expect(allowedActions('submitted', new Set<Duty>(['applicant']))).toEqual([]);
    expect(allowedActions('submitted', new Set<Duty>(['receive']))).toEqual([
      'request_completion',
      'refuse',
      'receive',
    ]);
    expect(allowedActions('in_process', new Set<Duty>(['process']))).toEqual([
      'assign',
      'consult',
      'consult_reply',
      'request_supplement',
      'apologize',
    ]);
    expect(allowedActions('in_process', new Set<Duty>(['approve']))).toContain('approve');
    expect(allowedActions('signed', new Set<Duty>(['approve']))).toEqual([]);
    expect(allowedActions('signed', new Set<Duty>(['seal']))).toEqual(['issue']);
    expect(allowedActions('supplement_requested', new Set<Duty>(['applicant']))).toEqual(['supplement']);
  });
});
