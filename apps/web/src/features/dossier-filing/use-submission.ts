import type { ApplicantInput, CreateDossierInput } from '@lienthong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { api, isApiError } from '../../lib/api.ts';
import { type FilingMode, type FilingState, newIdempotencyKey, partsInput } from './filing-steps.ts';
import { createDossier, DOSSIERS_PATH, type DossierView, submitDraft, updateDraft } from './queries.ts';

export interface DraftRef {
  id: string;
  revision: number;
}

interface SubmissionContext {
  procedureId: string;
  mode: FilingMode;
  /** Commune procedures send the chosen commune; others are routed to their fixed unit. */
  communeRouting: boolean;
}

export type SubmissionResult = { ok: true; view: DossierView } | { ok: false; error: unknown };

export const EDITABLE_STATES: ReadonlySet<string> = new Set(['draft', 'needs_completion']);

function createInput(context: SubmissionContext, state: FilingState, submit: boolean): CreateDossierInput {
  return {
    procedureId: context.procedureId,
    ...(context.communeRouting && state.competentUnitId ? { competentUnitId: state.competentUnitId } : {}),
    formData: state.formData,
    parts: partsInput(state.parts),
    ...(context.mode === 'desk'
      ? { applicant: { kind: 'citizen', ...state.applicant } as ApplicantInput }
      : {}),
    submit,
  };
}

/**
 * Saving a draft and filing the dossier. The `Idempotency-Key` is made once per wizard session and
 * sent again on every retry, so a retried or double-clicked submission never files two dossiers;
 * a second click while one is under way does nothing.
 */
export function useFilingSubmission(context: SubmissionContext, initialDraft: DraftRef | undefined) {
  const queryClient = useQueryClient();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [draft, setDraft] = useState<DraftRef | undefined>(initialDraft);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const busy = useRef(false);

  const remember = (view: DossierView) => {
    const next = { id: view.id, revision: view.revision };
    draftRef.current = next;
    setDraft(next);
    queryClient.setQueryData(['dossiers', 'view', view.id], view);
  };

  const patch = async (current: DraftRef, state: FilingState) => {
    const view = await updateDraft(current.id, {
      revision: current.revision,
      formData: state.formData,
      ...(context.communeRouting && state.competentUnitId ? { competentUnitId: state.competentUnitId } : {}),
      ...(state.partsChanged ? { parts: partsInput(state.parts) } : {}),
    });
    remember(view);
    return view;
  };

  const save = useMutation({
    mutationFn: async (state: FilingState) => {
      const current = draftRef.current;
      if (current) return patch(current, state);
      const view = await createDossier(createInput(context, state, false));
      remember(view);
      return view;
    },
  });

  const submit = useMutation({
    mutationFn: async (state: FilingState): Promise<DossierView> => {
      const current = draftRef.current;
      if (!current) return createDossier(createInput(context, state, true), idempotencyKey);
      let saved: DossierView;
      try {
        saved = await patch(current, state);
      } catch (error) {
        // An earlier attempt may have filed it already (its answer lost): then it is no longer a draft.
        if (isApiError(error) && error.status === 409) {
          const view = await api.get<DossierView>(`${DOSSIERS_PATH}/${current.id}`);
          if (!EDITABLE_STATES.has(view.state)) return view;
        }
        throw error;
      }
      return submitDraft(saved.id, saved.revision, idempotencyKey);
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['dossiers'] }),
  });

  /** Runs one of the two, unless one is already under way (then undefined). */
  const run = async (which: 'save' | 'submit', state: FilingState): Promise<SubmissionResult | undefined> => {
    if (busy.current) return undefined;
    busy.current = true;
    try {
      return { ok: true, view: await (which === 'save' ? save : submit).mutateAsync(state) };
    } catch (error) {
      return { ok: false, error };
    } finally {
      busy.current = false;
    }
  };

  const forgetDraft = () => {
    draftRef.current = undefined;
    setDraft(undefined);
  };

  return { idempotencyKey, draft, save, submit, run, forgetDraft };
}
