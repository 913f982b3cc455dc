import type { Dayjs } from 'dayjs';
import type { DossierAction, DossierView } from './queries.ts';

/**
 * The fields each action's modal asks for: exactly the body of DossierActionBodies[action] in
 * the contracts, minus `revision` (added when sending). `reason`, `question`, `answer` are
 * required texts; `note` and `title` optional.
 */
export type ActionField =
  | 'reason'
  | 'question'
  | 'answer'
  | 'note'
  | 'assigneeId'
  | 'unitId'
  | 'partCodes'
  | 'newDate'
  | 'method'
  | 'title';

export const ACTION_FIELDS: Record<DossierAction, readonly ActionField[]> = {
  submit: [],
  request_completion: ['reason'],
  refuse: ['reason'],
  receive: ['note'],
  assign: ['assigneeId', 'note'],
  consult: ['unitId', 'question'],
  consult_reply: ['unitId', 'answer'],
  request_supplement: ['reason', 'partCodes'],
  supplement: ['note'],
  apologize: ['reason', 'newDate'],
  approve: ['note'],
  deny: ['reason'],
  stop: ['reason'],
  sign: ['title'],
  issue: [],
  deliver: ['method'],
  archive: [],
};

export const REQUIRED_TEXT: ReadonlySet<ActionField> = new Set(['reason', 'question', 'answer']);

/** Actions that end or refuse the dossier: their button is marked as dangerous. */
export const DANGEROUS_ACTIONS: ReadonlySet<DossierAction> = new Set(['refuse', 'deny', 'stop']);

/** Actions whose answer is the signed or sealed result, shown before the modal closes. */
export const RESULT_ACTIONS: ReadonlySet<DossierAction> = new Set(['sign', 'issue']);

export interface ActionFormValues {
  reason?: string;
  question?: string;
  answer?: string;
  note?: string;
  assigneeId?: string;
  unitId?: string | null;
  partCodes?: string[];
  newDate?: Dayjs | null;
  method?: string;
  title?: string;
}

/** The body fields of an action from the modal's values: texts trimmed, empty optional ones left out. */
export function actionBody(action: DossierAction, values: ActionFormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of ACTION_FIELDS[action]) {
    const value = values[field];
    if (field === 'newDate') {
      if (values.newDate) body.newDate = values.newDate.format('YYYY-MM-DD');
    } else if (field === 'partCodes') {
      body.partCodes = values.partCodes ?? [];
    } else if (typeof value === 'string') {
      const text = value.trim();
      if (text || REQUIRED_TEXT.has(field)) body[field] = text;
    } else if (value !== undefined && value !== null) {
      body[field] = value;
    }
  }
  return body;
}

/** The unit last asked for an opinion (default of consult_reply), from the history's data. */
export function lastConsultedUnit(history: DossierView['history']): string | undefined {
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const event = history[i];
    if (event?.action === 'consult' && typeof event.data.unitId === 'string') return event.data.unitId;
  }
  return undefined;
}

/** `body.reason` / `reason` / `/reason` → `reason` when it is a field of this action's form. */
export function fieldOfPath(action: DossierAction, path: string): ActionField | undefined {
  const name = path.replace(/^\/?(body[./])?/, '').split(/[./]/)[0] ?? '';
  return (ACTION_FIELDS[action] as readonly string[]).includes(name) ? (name as ActionField) : undefined;
}
