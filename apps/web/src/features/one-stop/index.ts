/** What other features may use from the one-stop workspace: the dossier vocabulary and its tags. */
import './i18n.ts';

export { DeadlineTags, StateTag } from './dossier-tags.tsx';
export {
  ACTION_CODES,
  actionLabel,
  applicableForms,
  deliveryLabel,
  formLabel,
  prefillSourceLabel,
  QUEUE_CODES,
  queueLabel,
  STATE_CODES,
  stateLabel,
} from './labels.ts';
