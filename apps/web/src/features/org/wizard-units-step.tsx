import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, type FormInstance, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT } from './as-of-picker.tsx';
import { RESTRUCTURE_KINDS } from './org-labels.ts';
import type { OrgRestructureKind, OrgUnitView } from './queries.ts';
import type { WizardValues } from './restructure-input.ts';
import { UnitPicker } from './unit-picker.tsx';

/** Step 1: the kind of change, each with a one-line explanation; kinds without permission are disabled. */
export function KindStep({ allowed }: { allowed: (kind: OrgRestructureKind) => boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="kind"
      label={t('orgWizard.kind')}
      rules={[{ required: true, message: t('orgWizard.kindRequired') }]}
    >
      <Radio.Group className="org-wizard__kinds" aria-label={t('orgWizard.kind')}>
        {RESTRUCTURE_KINDS.map((kind) => (
          <Radio key={kind} value={kind} disabled={!allowed(kind)} className="org-wizard__kind">
            <span className="org-wizard__kind-label">{t(`org.kinds.${kind}`)}</span>
            <span className="org-wizard__kind-help">
              {allowed(kind) ? t(`orgWizard.kindHelp.${kind}`) : t('orgWizard.kindNotAllowed')}
            </span>
          </Radio>
        ))}
      </Radio.Group>
    </Form.Item>
  );
}

interface UnitsStepProps {
  form: FormInstance<WizardValues>;
  kind: OrgRestructureKind | undefined;
  /** The effective date as `YYYY-MM-DD`: the pickers offer the units in force that day. */
  day: string;
  onUnits: (role: 'unit' | 'sources' | 'source', units: OrgUnitView[]) => void;
}

/** Step 2: the effective date and the units involved, picked among those in force that day. */
export function UnitsStep({ form, kind, day, onUnits }: UnitsStepProps) {
  const { t } = useTranslation();
  const intoMode = Form.useWatch('intoMode', form);
  const required = (message: string) => [{ required: true, message }];
  return (
    <>
      <Form.Item
        name="effectiveDate"
        label={t('orgWizard.effectiveDate')}
        extra={t('orgWizard.effectiveDateHelp')}
        rules={required(t('orgWizard.effectiveDateRequired'))}
      >
        <DatePicker format={DATE_FORMAT} allowClear={false} placeholder={t('calendar.datePlaceholder')} />
      </Form.Item>
      {kind === 'create' && (
        <Form.Item
          name={['newUnit', 'parentId']}
          label={t('orgWizard.createParent')}
          extra={t('orgWizard.createParentHelp')}
        >
          <UnitPicker asOf={day} />
        </Form.Item>
      )}
      {(kind === 'rename' || kind === 'move' || kind === 'dissolve') && (
        <Form.Item
          name="unitId"
          label={t(`orgWizard.unitOf.${kind}`)}
          rules={required(t('orgWizard.unitRequired'))}
        >
          <UnitPicker asOf={day} onUnits={(units) => onUnits('unit', units)} />
        </Form.Item>
      )}
      {kind === 'move' && (
        <Form.Item
          name="parentId"
          label={t('orgWizard.newParent')}
          rules={required(t('orgWizard.unitRequired'))}
        >
          <UnitPicker asOf={day} />
        </Form.Item>
      )}
      {kind === 'merge' && (
        <>
          <Form.Item
            name="sourceIds"
            label={t('orgWizard.sources')}
            rules={[{ required: true, type: 'array', min: 1, message: t('orgWizard.sourcesRequired') }]}
          >
            <UnitPicker asOf={day} multiple onUnits={(units) => onUnits('sources', units)} />
          </Form.Item>
          <Form.Item name="intoMode" label={t('orgWizard.intoMode')}>
            <Radio.Group
              aria-label={t('orgWizard.intoMode')}
              options={[
                { value: 'new', label: t('orgWizard.intoNew') },
                { value: 'existing', label: t('orgWizard.intoExisting') },
              ]}
            />
          </Form.Item>
          {intoMode === 'existing' && (
            <Form.Item
              name="intoUnitId"
              label={t('orgWizard.intoUnit')}
              rules={required(t('orgWizard.unitRequired'))}
            >
              <UnitPicker asOf={day} />
            </Form.Item>
          )}
        </>
      )}
      {kind === 'split' && (
        <Form.Item
          name="sourceId"
          label={t('orgWizard.splitSource')}
          rules={required(t('orgWizard.unitRequired'))}
        >
          <UnitPicker asOf={day} onUnits={(units) => onUnits('source', units)} />
        </Form.Item>
      )}
      {kind === 'dissolve' && <Successors day={day} />}
    </>
  );
}

/** Dissolve: the units that take over (optional), each with its share. */
function Successors({ day }: { day: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className="org-wizard__fieldset">
      <legend>{t('orgWizard.successors')}</legend>
      <Form.List name="successors">
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.length === 0 && <p>{t('orgWizard.noSuccessors')}</p>}
            {fields.map((field, index) => (
              <div key={field.key} className="org-wizard__row">
                <Form.Item
                  name={[field.name, 'unitId']}
                  label={t('orgWizard.successor', { n: index + 1 })}
                  rules={[{ required: true, message: t('orgWizard.unitRequired') }]}
                >
                  <UnitPicker asOf={day} />
                </Form.Item>
                <Form.Item name={[field.name, 'share']} label={t('orgWizard.share', { n: index + 1 })}>
                  <ShareSelect />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined aria-hidden="true" />}
                  aria-label={t('orgWizard.removeSuccessor', { n: index + 1 })}
                  onClick={() => remove(field.name)}
                />
              </div>
            ))}
            <Form.ErrorList errors={errors} />
            <Button icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({ share: 'partial' })}>
              {t('orgWizard.addSuccessor')}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}

/** "Toàn bộ" / "Một phần". */
export function ShareSelect(props: { id?: string; value?: string; onChange?: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      {...props}
      className="org-wizard__share"
      options={[
        { value: 'full', label: t('org.share.full') },
        { value: 'partial', label: t('org.share.partial') },
      ]}
    />
  );
}
