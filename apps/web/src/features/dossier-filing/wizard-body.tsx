import { ArrowLeftOutlined, ArrowRightOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import type { ErrorSchema } from '@rjsf/utils';
import { Button, Steps } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { type FieldError, isApiError } from '../../lib/api.ts';
import { formatTime } from '../../lib/format.ts';
import { ApplicantStep } from './applicant-step.tsx';
import { applicantFromPrefill, initialFilingState, marksOf } from './filing-state.ts';
import {
  type ApplicantProblem,
  applicantErrors,
  buildSteps,
  type FilingMode,
  type FilingState,
  type FilingStep,
  firstStepOfErrors,
  missingParts,
  type PartChoice,
} from './filing-steps.ts';
import {
  deepMerge,
  type FormValues,
  normalisePath,
  prefillValues,
  serverErrorSchema,
} from './form-schema.ts';
import { fieldIdOf, GroupStep, mergeErrorSchemas, validateGroup } from './group-step.tsx';
import { PartsStep } from './parts-step.tsx';
import {
  type DossierView,
  type PrefillView,
  type ProcedureView,
  useCommunes,
  usePrefill,
} from './queries.ts';
import { ReviewStep } from './review-step.tsx';
import { deepEqual } from './schema-check.ts';
import { UnitStep } from './unit-step.tsx';
import { useFilingSubmission } from './use-submission.ts';

interface WizardBodyProps {
  mode: FilingMode;
  procedure: ProcedureView;
  prefill: PrefillView | undefined;
  draft: DossierView | undefined;
  onFiled: (dossier: DossierView) => void;
}

/** Whether a desk look-up found the citizen (identity data came back) or nothing. */
function lookupOutcome(found: PrefillView | undefined): 'found' | 'empty' | undefined {
  if (!found) return undefined;
  return Object.values(found.sources).some((s) => s.source.startsWith('identity.')) ? 'found' : 'empty';
}

function focusById(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** The steps of the wizard with their state; see FilingWizard. */
export function WizardBody({ mode, procedure, prefill: initialPrefill, draft, onFiled }: WizardBodyProps) {
  const { t } = useTranslation();
  const [, setParams] = useSearchParams();
  const definition = procedure.definition;
  const schema = definition.form.schema;
  const uiSchema = definition.form.uiSchema;
  const steps = useMemo(
    () =>
      buildSteps(definition, mode, {
        applicant: t('filing.steps.applicant'),
        unit: t('filing.steps.unit'),
        parts: t('filing.steps.parts'),
        review: t('filing.steps.review'),
      }),
    [definition, mode, t],
  );
  const [prefill, setPrefill] = useState(initialPrefill);
  const marks = useMemo(() => marksOf(prefill), [prefill]);
  const [state, setState] = useState<FilingState>(() =>
    initialFilingState(definition, initialPrefill, draft),
  );
  const [current, setCurrent] = useState(0);
  const [clientErrors, setClientErrors] = useState<ErrorSchema>();
  const [live, setLive] = useState(false);
  const [serverError, setServerError] = useState<unknown>();
  const [serverFields, setServerFields] = useState<FieldError[]>([]);
  const [applicantProblems, setApplicantProblems] = useState<Record<string, ApplicantProblem>>({});
  const [unitError, setUnitError] = useState<string>();
  const [missing, setMissing] = useState<string[]>([]);
  const [savedAt, setSavedAt] = useState<string>();
  const [lookupId, setLookupId] = useState<string>();
  const lookup = usePrefill(procedure.id, lookupId, mode === 'desk' && Boolean(lookupId));
  const submission = useFilingSubmission(
    { procedureId: procedure.id, mode, communeRouting: definition.routing.kind === 'commune' },
    draft ? { id: draft.id, revision: draft.revision } : undefined,
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const step = steps[current] as FilingStep;

  // Desk filing: the citizen found by personal ID fills the applicant and the form (once per answer).
  const applied = useRef<PrefillView | undefined>(undefined);
  useEffect(() => {
    const found = lookup.data;
    if (!found || applied.current === found || !lookupId) return;
    applied.current = found;
    setPrefill(found);
    setState((s) => ({
      ...s,
      formData: deepMerge(s.formData, prefillValues(found.values)),
      applicant: { ...s.applicant, ...applicantFromPrefill(found, lookupId) },
      competentUnitId:
        s.competentUnitId ?? (definition.routing.kind === 'commune' ? found.suggestedUnitId : null),
    }));
    setApplicantProblems({});
  }, [lookup.data, lookupId, definition.routing.kind]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the step's heading takes the focus when the step changes
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [current]);

  const goTo = (index: number) => {
    moved.current = true;
    setCurrent(index);
    setClientErrors(undefined);
    setLive(false);
  };

  const validate = (target: FilingStep): boolean => {
    switch (target.kind) {
      case 'group': {
        const result = validateGroup(schema, uiSchema, target.fields ?? [], state.formData);
        setClientErrors(result.errorSchema);
        setLive(true);
        const first = result.errors[0];
        if (first) focusById(fieldIdOf(first));
        return !first;
      }
      case 'applicant': {
        const problems = applicantErrors(state.applicant);
        setApplicantProblems(problems);
        const first = Object.keys(problems)[0];
        if (first) focusById(`applicant-${first}`);
        return !first;
      }
      case 'unit':
        setUnitError(state.competentUnitId ? undefined : t('filing.unit.required'));
        if (!state.competentUnitId) focusById('filing-commune');
        return Boolean(state.competentUnitId);
      case 'parts': {
        const left = missingParts(definition, state.parts);
        setMissing(left);
        return left.length === 0;
      }
      default:
        return true;
    }
  };

  const next = () => {
    if (validate(step)) goTo(Math.min(current + 1, steps.length - 1));
  };

  const onGroupChange = (groupData: FormValues) => {
    const formData = { ...state.formData, ...groupData };
    const changed = Object.keys(groupData).filter(
      (field) => !deepEqual(groupData[field], state.formData[field]),
    );
    setState((s) => ({ ...s, formData: { ...s.formData, ...groupData } }));
    if (changed.length > 0) {
      setServerFields((errors) =>
        errors.filter((e) => !changed.some((f) => e.path.replace(/^body\./, '').startsWith(`formData.${f}`))),
      );
    }
    if (live) setClientErrors(validateGroup(schema, uiSchema, step.fields ?? [], formData).errorSchema);
  };

  const onPartChange = (code: string, choice: PartChoice | undefined) => {
    setState((s) => {
      const parts = { ...s.parts };
      if (choice) parts[code] = choice;
      else delete parts[code];
      return { ...s, parts, partsChanged: true };
    });
    if (choice) setMissing((left) => left.filter((c) => c !== code));
  };

  const failed = (error: unknown) => {
    setServerError(error);
    if (!isApiError(error)) return;
    if (error.code === 'DRAFT_EXPIRED') {
      submission.forgetDraft();
      setParams({}, { replace: true });
    }
    setServerFields(error.errors);
    if (error.code === 'DOSSIER_PARTS_MISSING') {
      const named = error.errors.map((e) => normalisePath(e.path).split('.')[1] ?? '');
      const codes = definition.parts.map((part) => part.code).filter((code) => named.includes(code));
      setMissing([...new Set([...codes, ...missingParts(definition, state.parts)])]);
    }
    const index = firstStepOfErrors(steps, error.errors, error.code);
    if (index !== undefined && index !== current) goTo(index);
  };

  const save = async () => {
    setServerError(undefined);
    const result = await submission.run('save', state);
    if (!result) return;
    if (!result.ok) return failed(result.error);
    setSavedAt(formatTime(new Date()));
    setParams({ hoSo: result.view.id }, { replace: true });
  };

  const submit = async () => {
    setServerError(undefined);
    setSavedAt(undefined);
    const result = await submission.run('submit', state);
    if (!result) return;
    if (!result.ok) return failed(result.error);
    onFiled(result.view);
  };

  const pending = submission.save.isPending || submission.submit.isPending;
  const groupErrors =
    step.kind === 'group'
      ? mergeErrorSchemas(clientErrors, serverErrorSchema(serverFields, step.fields ?? []))
      : undefined;
  const communes = useCommunes(definition.routing.kind === 'commune' && step.kind === 'review');
  const unitName =
    communes.data?.find((unit) => unit.id === state.competentUnitId)?.name ??
    (draft?.competentUnit.id === state.competentUnitId ? draft?.competentUnit.name : undefined);

  return (
    <div className="filing">
      <Steps
        className="filing-steps"
        size="small"
        current={current}
        onChange={(index) => index < current && goTo(index)}
        items={steps.map((s, index) => ({ title: s.title, disabled: index > current }))}
      />
      <section className="filing-step" aria-labelledby="filing-step-heading">
        <h2 id="filing-step-heading" ref={headingRef} tabIndex={-1}>
          <span className="filing-step__count">
            {t('filing.stepOf', { n: current + 1, total: steps.length })}
          </span>{' '}
          {step.title}
        </h2>
        {step.kind === 'applicant' ? (
          <ApplicantStep
            value={state.applicant}
            errors={applicantProblems}
            onChange={(applicant) => setState((s) => ({ ...s, applicant }))}
            onLookup={(personalId) => {
              applied.current = undefined;
              setLookupId(personalId);
            }}
            lookup={{ pending: lookup.isFetching, error: lookup.error, outcome: lookupOutcome(lookup.data) }}
          />
        ) : null}
        {step.kind === 'group' ? (
          <GroupStep
            key={step.key}
            schema={schema}
            uiSchema={uiSchema}
            fields={step.fields ?? []}
            marks={marks}
            data={state.formData}
            errors={groupErrors}
            onChange={onGroupChange}
            onSubmit={next}
          />
        ) : null}
        {step.kind === 'unit' && definition.routing.kind === 'commune' ? (
          <UnitStep
            value={state.competentUnitId}
            error={unitError}
            agencyName={definition.routing.agencyName}
            suggestedUnitId={prefill?.suggestedUnitId ?? null}
            onChange={(competentUnitId) => {
              setState((s) => ({ ...s, competentUnitId }));
              if (competentUnitId) setUnitError(undefined);
            }}
          />
        ) : null}
        {step.kind === 'parts' ? (
          <PartsStep
            parts={definition.parts}
            walletParts={prefill?.walletParts ?? {}}
            value={state.parts}
            missing={missing}
            onChange={onPartChange}
          />
        ) : null}
        {step.kind === 'review' ? (
          <ReviewStep
            definition={definition}
            steps={steps}
            state={state}
            unitName={unitName}
            desk={mode === 'desk'}
          />
        ) : null}
      </section>
      {serverError ? (
        <ProblemAlert
          error={serverError}
          title={
            step.kind === 'review' && !submission.save.isError
              ? t('filing.submitFailed')
              : t('filing.saveFailed')
          }
        />
      ) : null}
      {savedAt ? (
        <p role="status" className="filing-status">
          {t(mode === 'desk' ? 'filing.savedDesk' : 'filing.saved', { time: savedAt })}
        </p>
      ) : null}
      <div className="filing-nav">
        <Button
          icon={<ArrowLeftOutlined aria-hidden="true" />}
          disabled={current === 0}
          onClick={() => goTo(current - 1)}
        >
          {t('filing.back')}
        </Button>
        <Button
          icon={<SaveOutlined aria-hidden="true" />}
          onClick={() => void save()}
          loading={submission.save.isPending}
          disabled={pending}
        >
          {t('filing.saveDraft')}
        </Button>
        {step.kind === 'review' ? (
          <Button
            type="primary"
            icon={<SendOutlined aria-hidden="true" />}
            onClick={() => void submit()}
            loading={submission.submit.isPending}
            disabled={pending}
          >
            {t('filing.submit')}
          </Button>
        ) : (
          <Button
            type="primary"
            onClick={next}
            icon={<ArrowRightOutlined aria-hidden="true" />}
            iconPlacement="end"
          >
            {t('filing.next')}
          </Button>
        )}
      </div>
    </div>
  );
}
