import { Alert, Button, Form, Modal, Result, Steps } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { ApiError } from '../../lib/api.ts';
import { formatLocalDate } from '../../lib/format.ts';
import { kindLabel, permissionForKind } from './org-labels.ts';
import {
  type OrgRestructureKind,
  type OrgRestructureResult,
  type OrgUnitView,
  type RestructureInput,
  useApplyRestructure,
  usePreviewRestructure,
} from './queries.ts';
import { mapRestructureErrors, STEP, toRestructureInput, type WizardValues } from './restructure-input.ts';
import { orgHref } from './use-org-params.ts';
import { DetailsStep } from './wizard-details-step.tsx';
import { type AttributeChange, PreviewNotice, RestructureOutcome } from './wizard-result.tsx';
import { KindStep, UnitsStep } from './wizard-units-step.tsx';

/** The fields each step checks before going on (hidden steps stay mounted, so they are named). */
const STEP_FIELDS: Record<number, (string | number)[][]> = {
  [STEP.kind]: [['kind']],
  [STEP.units]: [
    ['effectiveDate'],
    ['unitId'],
    ['parentId'],
    ['sourceIds'],
    ['intoUnitId'],
    ['sourceId'],
    ['successors'],
    ['newUnit', 'parentId'],
  ],
  [STEP.details]: [['legalBasis'], ['note'], ['name'], ['shortName'], ['code'], ['newUnit'], ['targets']],
};

interface RestructureWizardProps {
  /** The day the org page shows: the default effective date. */
  asOf: string;
  permissions: readonly string[];
  onClose: () => void;
}

type Previewed = { input: RestructureInput; result: OrgRestructureResult };

/**
 * "Sắp xếp đơn vị": kind → units → details → preview (`preview: true`, nothing written) → confirm
 * (the real POST). A change to any field after the preview asks for a new preview.
 */
export function RestructureWizard({ asOf, permissions, onClose }: RestructureWizardProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<WizardValues>();
  const [step, setStep] = useState<number>(STEP.kind);
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const [done, setDone] = useState<OrgRestructureResult | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const preview = usePreviewRestructure();
  const apply = useApplyRestructure();
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** The unit picked for a rename or move, as it was before the change. */
  const picked = useRef<OrgUnitView | undefined>(undefined);
  const kind = Form.useWatch('kind', form);
  const effectiveDate = Form.useWatch('effectiveDate', form);
  const day = effectiveDate ? effectiveDate.format('YYYY-MM-DD') : asOf;
  const allowed = (k: OrgRestructureKind) => permissions.includes(permissionForKind(k));

  // Focus follows the step, so keyboard and screen reader users start at its heading.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => {
    headingRef.current?.focus();
  }, [step, done]);

  const fail = (error: unknown) => {
    setFailure(error);
    if (!(error instanceof ApiError) || error.errors.length === 0) return;
    const mapped = mapRestructureErrors(error.errors, form.getFieldsValue(true) as WizardValues);
    if (mapped.fields.length === 0) return;
    form.setFields(mapped.fields as Parameters<typeof form.setFields>[0]);
    if (mapped.step !== undefined) setStep(mapped.step);
  };

  const next = async () => {
    try {
      await form.validateFields(STEP_FIELDS[step] ?? [], { recursive: true });
    } catch {
      return;
    }
    setFailure(null);
    if (step !== STEP.details) {
      setStep(step + 1);
      return;
    }
    const input = toRestructureInput(form.getFieldsValue(true) as WizardValues, true);
    setStep(STEP.preview);
    setPreviewed(null);
    preview.mutate(input, { onSuccess: (result) => setPreviewed({ input, result }), onError: fail });
  };

  const confirm = () => {
    if (!previewed) return;
    setFailure(null);
    apply.mutate({ ...previewed.input, preview: false }, { onSuccess: setDone, onError: fail });
  };

  /** Defaults from the units picked: the new name starts from the old, new units from the sources. */
  const onUnits = (role: 'unit' | 'sources' | 'source', units: OrgUnitView[]) => {
    const [first] = units;
    if (role === 'unit') picked.current = first;
    if (!first) return;
    if (role === 'unit' && form.getFieldValue('kind') === 'rename') {
      form.setFieldsValue({ name: first.name, shortName: first.shortName ?? '', code: first.code ?? '' });
    }
    const defaults = { unitType: first.unitType, block: first.block, parentId: first.parentId };
    if (role === 'sources' && !form.getFieldValue(['newUnit', 'unitType'])) {
      form.setFieldsValue({ newUnit: { ...form.getFieldValue('newUnit'), ...defaults } });
    }
    if (role === 'source') {
      const targets = (form.getFieldValue('targets') as WizardValues['targets']) ?? [];
      form.setFieldsValue({
        targets: targets.map((target) => ({ ...target, newUnit: { ...defaults, ...target.newUnit } })),
      });
    }
  };

  /** A rename's attributes before → after (the server's result lists the unit only when a new version opens). */
  const renameChanges = (input: RestructureInput): AttributeChange[] => {
    const before = picked.current;
    if (input.kind !== 'rename' || !before || before.id !== input.unitId) return [];
    const none = t('org.none');
    const rows: AttributeChange[] = [
      { key: 'name', label: t('org.name'), from: before.name, to: input.name },
      {
        key: 'shortName',
        label: t('org.shortName'),
        from: before.shortName ?? none,
        to: input.shortName ?? none,
      },
      { key: 'code', label: t('org.code'), from: before.code ?? none, to: input.code ?? none },
    ];
    return rows.filter((row) => row.from !== row.to);
  };

  const stepTitles = [
    t('orgWizard.stepKind'),
    t('orgWizard.stepUnits'),
    t('orgWizard.stepDetails'),
    t('orgWizard.stepPreview'),
    t('orgWizard.stepConfirm'),
  ];

  return (
    <Modal
      open
      title={t('orgWizard.title')}
      width={{ xs: '100%', md: 880 }}
      footer={null}
      mask={{ closable: false }}
      onCancel={onClose}
      destroyOnHidden
      className="org-wizard"
    >
      <Steps
        size="small"
        current={step}
        items={stepTitles.map((title) => ({ title }))}
        className="org-wizard__steps"
      />
      <h3 ref={headingRef} tabIndex={-1} className="org-wizard__heading">
        {done
          ? t('orgWizard.doneTitle')
          : t('orgWizard.stepHeading', { n: step + 1, title: stepTitles[step] })}
      </h3>
      {failure ? <ProblemAlert error={failure} title={t('orgWizard.failed')} /> : null}
      {done ? (
        <Result
          status="success"
          title={t('orgWizard.doneBody', {
            kind: kindLabel(t, done.kind),
            date: formatLocalDate(done.effectiveDate),
          })}
          extra={[
            <Link key="view" to={orgHref(done.effectiveDate, done.unitId, done.id)} onClick={onClose}>
              {t('orgWizard.viewRestructure')}
            </Link>,
            <Button key="close" onClick={onClose}>
              {t('orgWizard.close')}
            </Button>,
          ]}
        />
      ) : (
        <Form<WizardValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          name="org-restructure"
          initialValues={{
            effectiveDate: dayjs(asOf),
            intoMode: 'new',
            successors: [],
            targets: [
              { mode: 'new', share: 'partial' },
              { mode: 'new', share: 'partial' },
            ],
          }}
          onValuesChange={() => {
            if (previewed || preview.isError) {
              setPreviewed(null);
              preview.reset();
            }
          }}
          onFinish={() => undefined}
        >
          <div hidden={step !== STEP.kind}>
            <KindStep allowed={allowed} />
          </div>
          <div hidden={step !== STEP.units}>
            <UnitsStep form={form} kind={kind} day={day} onUnits={onUnits} />
          </div>
          <div hidden={step !== STEP.details}>
            <DetailsStep form={form} kind={kind} day={day} />
          </div>
          {step === STEP.preview && (
            <div aria-busy={preview.isPending}>
              {preview.isPending && <p role="status">{t('orgWizard.previewing')}</p>}
              {previewed && (
                <>
                  <PreviewNotice />
                  <RestructureOutcome result={previewed.result} changes={renameChanges(previewed.input)} />
                </>
              )}
            </div>
          )}
          {step === STEP.confirm && previewed && (
            <Alert
              type="warning"
              showIcon
              title={t('orgWizard.confirmTitle')}
              description={t('orgWizard.confirmBody', {
                kind: kindLabel(t, previewed.result.kind),
                date: formatLocalDate(previewed.result.effectiveDate),
                n: previewed.result.lineage.length,
              })}
            />
          )}
          <div className="org-wizard__actions">
            {step > STEP.kind && (
              <Button onClick={() => setStep(step - 1)} disabled={apply.isPending}>
                {t('orgWizard.back')}
              </Button>
            )}
            {step <= STEP.details && (
              <Button type="primary" onClick={() => void next()}>
                {step === STEP.details ? t('orgWizard.preview') : t('orgWizard.next')}
              </Button>
            )}
            {step === STEP.preview && (
              <Button type="primary" disabled={!previewed} onClick={() => setStep(STEP.confirm)}>
                {t('orgWizard.toConfirm')}
              </Button>
            )}
            {step === STEP.confirm && (
              <Button type="primary" danger onClick={confirm} loading={apply.isPending} disabled={!previewed}>
                {t('orgWizard.confirm')}
              </Button>
            )}
            <Button type="text" onClick={onClose} disabled={apply.isPending}>
              {t('orgWizard.cancel')}
            </Button>
          </div>
        </Form>
      )}
    </Modal>
  );
}
