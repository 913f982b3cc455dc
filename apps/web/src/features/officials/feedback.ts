import { message } from 'antd';
import { createContext, useContext } from 'react';

export type Feedback = ReturnType<typeof message.useMessage>[0];

/**
 * One message area for the whole page (`message.useMessage()` of OfficialsPage): confirmations
 * from the drawer and its modals stay on screen after those close, and do not pile up.
 */
export const FeedbackContext = createContext<Feedback | null>(null);

export function useFeedback(): Feedback {
  return useContext(FeedbackContext) ?? message;
}
