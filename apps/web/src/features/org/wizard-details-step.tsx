import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, type FormInstance, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { BLOCKS, blockLabel, levelOfType, UNIT_TYPES, unitTypeLabel } from './org-labels.ts';
import type { OrgRestructureKind, OrgUnitType } from './queries.ts';
import type { WizardValues } from './restructure-input.ts';
import { UnitPicker } from './unit-picker.tsx';
import { ShareSelect } from './wizard-units-step.tsx';

interface DetailsStepProps {
  form: FormInstance<WizardValues>;
  kind: OrgRestructureKind | undefined;
  day: string;
}

/** Step 3: legal basis, note, and the new name or the new unit(s). */
export function DetailsStep({ form, kind, day }: DetailsStepProps) {
  const { t } = useTranslation();
  const intoMode = Form.useWatch('intoMode', form);
  const basisRequired = kind === 'merge' || kind === 'split' || kind === 'dissolve';
  return (
    <>
      <Form.Item
        name="legalBasis"
        label={t('orgWizard.legalBasis')}
        extra={t('orgWizard.legalBasisHelp')}
        rules={
          basisRequired
            ? [{ required: true, whitespace: true, message: t('orgWizard.legalBasisRequired') }]
            : []
        }
      >
        <Input maxLength={500} placeholder={t('orgWizard.legalBasisPlaceholder')} />
      </Form.Item>
      <Form.Item name="note" label={t('orgWizard.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      {kind === 'rename' && (
        <fieldset className="org-wizard__fieldset">
          <legend>{t('orgWizard.newNameLegend')}</legend>
          <Form.Item
            name="name"
            label={t('orgWizard.newName')}
            rules={[{ required: true, whitespace: true, message: t('orgWizard.nameRequired') }]}
          >
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="shortName" label={t('org.shortName')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="code" label={t('org.code')}>
            <Input maxLength={40} />
          </Form.Item>
        </fieldset>
      )}
      {kind === 'create' && (
        <NewUnitFields form={form} prefix={['newUnit']} legend={t('orgWizard.newUnitLegend')} day={day} />
      )}
      {kind === 'merge' && intoMode !== 'existing' && (
        <NewUnitFields
          form={form}
          prefix={['newUnit']}
          legend={t('orgWizard.mergeTargetLegend')}
          day={day}
          withParent
        />
      )}
      {kind === 'split' && <SplitTargets form={form} day={day} />}
    </>
  );
}

interface NewUnitFieldsProps {
  form: FormInstance<WizardValues>;
  /** Where the fields live: ['newUnit'] or ['targets', n, 'newUnit'] (inside a Form.List: [n, 'newUnit']). */
  prefix: (string | number)[];
  /** The full path of the fields in the form, for watching the type. */
  watchPath?: (string | number)[];
  legend: string;
  day: string;
  withParent?: boolean;
  /** Labels are suffixed with the target's number in a list ("Tên đơn vị mới 2"). */
  n?: number;
}

/** Name, short name, code, type, block (fixed to "chính quyền" for administrative units), parent. */
function NewUnitFields({ form, prefix, watchPath, legend, day, withParent = false, n }: NewUnitFieldsProps) {
  const { t } = useTranslation();
  const unitType = Form.useWatch<OrgUnitType | undefined>(
    [...(watchPath ?? prefix), 'unitType'],
    form as FormInstance,
  );
  const isAdministrative = unitType ? levelOfType(unitType) !== null : false;
  const label = (key: string) => (n === undefined ? t(key) : t('orgWizard.numbered', { label: t(key), n }));
  return (
    <fieldset className="org-wizard__fieldset">
      <legend>{legend}</legend>
      <Form.Item
        name={[...prefix, 'name']}
        label={label('orgWizard.unitName')}
        rules={[{ required: true, whitespace: true, message: t('orgWizard.nameRequired') }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <div className="org-wizard__row">
        <Form.Item name={[...prefix, 'shortName']} label={label('org.shortName')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name={[...prefix, 'code']} label={label('org.code')}>
          <Input maxLength={40} />
        </Form.Item>
      </div>
      <div className="org-wizard__row">
        <Form.Item
          name={[...prefix, 'unitType']}
          label={label('org.unitType')}
          rules={[{ required: true, message: t('orgWizard.unitTypeRequired') }]}
        >
          <Select
            className="org-wizard__type"
            showSearch={{ optionFilterProp: 'label' }}
            options={UNIT_TYPES.map((type) => ({ value: type, label: unitTypeLabel(t, type) }))}
          />
        </Form.Item>
        <Form.Item
          name={[...prefix, 'block']}
          label={label('org.block')}
          extra={isAdministrative ? t('orgWizard.blockFixed') : undefined}
          rules={[{ required: !isAdministrative, message: t('orgWizard.blockRequired') }]}
        >
          <Select
            className="org-wizard__block"
            disabled={isAdministrative}
            options={BLOCKS.map((block) => ({ value: block, label: blockLabel(t, block) }))}
          />
        </Form.Item>
      </div>
      {withParent && (
        <Form.Item
          name={[...prefix, 'parentId']}
          label={label('orgWizard.parent')}
          extra={t('orgWizard.parentHelp')}
        >
          <UnitPicker asOf={day} />
        </Form.Item>
      )}
    </fieldset>
  );
}

/** Split: at least two receiving units, each new or existing, with its share. */
function SplitTargets({ form, day }: { form: FormInstance<WizardValues>; day: string }) {
  const { t } = useTranslation();
  const targets = Form.useWatch('targets', form);
  return (
    <Form.List
      name="targets"
      rules={[
        {
          validator: async (_, value: unknown[] | undefined) => {
            if (!value || value.length < 2) throw new Error(t('orgWizard.targetsMin'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div className="org-wizard__targets">
          {fields.map((field, index) => {
            const mode = targets?.[index]?.mode ?? 'new';
            const n = index + 1;
            return (
              <fieldset key={field.key} className="org-wizard__fieldset">
                <legend>{t('orgWizard.target', { n })}</legend>
                <div className="org-wizard__row">
                  <Form.Item name={[field.name, 'mode']} label={t('orgWizard.targetMode', { n })}>
                    <Radio.Group
                      aria-label={t('orgWizard.targetMode', { n })}
                      options={[
                        { value: 'new', label: t('orgWizard.targetNew') },
                        { value: 'existing', label: t('orgWizard.targetExisting') },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'share']} label={t('orgWizard.share', { n })}>
                    <ShareSelect />
                  </Form.Item>
                  {fields.length > 2 && (
                    <Button
                      icon={<DeleteOutlined aria-hidden="true" />}
                      aria-label={t('orgWizard.removeTarget', { n })}
                      onClick={() => remove(field.name)}
                    />
                  )}
                </div>
                {mode === 'existing' ? (
                  <Form.Item
                    name={[field.name, 'unitId']}
                    label={t('orgWizard.targetUnit', { n })}
                    rules={[{ required: true, message: t('orgWizard.unitRequired') }]}
                  >
                    <UnitPicker asOf={day} />
                  </Form.Item>
                ) : (
                  <NewUnitFields
                    form={form}
                    prefix={[field.name, 'newUnit']}
                    watchPath={['targets', field.name, 'newUnit']}
                    legend={t('orgWizard.targetNewLegend', { n })}
                    day={day}
                    withParent
                    n={n}
                  />
                )}
              </fieldset>
            );
          })}
          <Form.ErrorList errors={errors} />
          <Button
            icon={<PlusOutlined aria-hidden="true" />}
            onClick={() => {
              const first = form.getFieldValue(['targets', 0, 'newUnit']) as WizardValues['newUnit'];
              add({
                mode: 'new',
                share: 'partial',
                newUnit: {
                  unitType: first?.unitType,
                  block: first?.block,
                  parentId: first?.parentId ?? null,
                },
              });
            }}
          >
            {t('orgWizard.addTarget')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
