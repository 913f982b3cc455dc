import { Button, DatePicker, Form, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { UnitPicker } from '../../components/unit-picker.tsx';
import { bodyFieldErrors } from '../../lib/body-field-errors.ts';
import { useFeedback } from './feedback.ts';
import { GRANT_SCOPES, ROLE_CODES, roleLabel, scopeLabel, todayInVietnam } from './officials-labels.ts';
import { DATE_FORMAT, keepEnterInPicker } from './pickers.ts';
import { type GrantInput, type OfficialDetail, type Role, useAddGrant } from './queries.ts';

interface FormValues {
  role: Role | undefined;
  orgUnitId: string | null;
  scope: GrantInput['scope'];
  validFrom: Dayjs | null;
  validTo: Dayjs | null;
}

const FIELDS = ['role', 'orgUnitId', 'scope', 'validFrom', 'validTo'] as const;

function initialValues(official: OfficialDetail): FormValues {
  return {
    role: undefined,
    orgUnitId: official.orgUnitId,
    scope: 'unit',
    validFrom: dayjs(todayInVietnam()),
    validTo: null,
  };
}

interface GrantFormProps {
  official: OfficialDetail;
  /** Platform-wide granters may leave the unit empty (a grant on the whole platform). */
  unitOptional: boolean;
}

/**
 * "Phân vai trò": role, unit (default the official's), scope, validity. The server decides what
 * the granter may hand out; its 403 reason (Vietnamese, specific) is shown as it comes.
 */
export function GrantForm({ official, unitOptional }: GrantFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const messages = useFeedback();
  const add = useAddGrant(official.id);

  useEffect(() => {
    const fields = bodyFieldErrors(add.error, FIELDS);
    if (fields.length > 0) form.setFields(fields);
  }, [add.error, form]);

  const onFinish = (values: FormValues) => {
    if (!values.role || !values.validFrom) return;
    const input: GrantInput = {
      role: values.role,
      orgUnitId: values.orgUnitId ?? null,
      scope: values.scope,
      validFrom: values.validFrom.format('YYYY-MM-DD'),
      ...(values.validTo ? { validTo: values.validTo.format('YYYY-MM-DD') } : {}),
    };
    add.mutate(input, {
      onSuccess: (grant) => {
        void messages.success(t('officials.grantAdded', { role: roleLabel(t, grant.role) }));
        form.resetFields();
      },
    });
  };

  return (
    <>
      {add.isError && <ProblemAlert error={add.error} title={t('officials.grantFailed')} />}
      <Form<FormValues>
        form={form}
        name="add-grant"
        layout="vertical"
        className="grant-form"
        aria-labelledby="grant-form-heading"
        initialValues={initialValues(official)}
        onFinish={onFinish}
      >
        <div className="grant-form__row">
          <Form.Item
            name="role"
            label={t('officials.role')}
            rules={[{ required: true, message: t('officials.roleRequired') }]}
          >
            <Select<Role>
              options={ROLE_CODES.map((role) => ({ value: role, label: roleLabel(t, role) }))}
              placeholder={t('officials.rolePlaceholder')}
            />
          </Form.Item>
          <Form.Item
            name="orgUnitId"
            label={t('officials.unit')}
            extra={unitOptional ? t('officials.grantUnitOptionalHint') : undefined}
            rules={unitOptional ? [] : [{ required: true, message: t('officials.unitRequired') }]}
          >
            <UnitPicker initialLabel={official.orgUnitName} />
          </Form.Item>
        </div>
        <fieldset className="grant-form__scope">
          <legend>{t('officials.scope')}</legend>
          <Form.Item name="scope" noStyle>
            <Radio.Group
              options={GRANT_SCOPES.map((scope) => ({ value: scope, label: scopeLabel(t, scope) }))}
            />
          </Form.Item>
        </fieldset>
        <div className="grant-form__row">
          <Form.Item
            name="validFrom"
            label={t('officials.validFrom')}
            rules={[{ required: true, message: t('officials.dateRequired') }]}
          >
            <DatePicker
              format={DATE_FORMAT}
              placeholder={t('calendar.datePlaceholder')}
              onKeyDown={keepEnterInPicker}
            />
          </Form.Item>
          <Form.Item
            name="validTo"
            label={t('officials.validTo')}
            extra={t('officials.validToHint')}
            dependencies={['validFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | null) => {
                  const from = getFieldValue('validFrom') as Dayjs | null;
                  return !value || !from || value.isAfter(from, 'day')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('officials.validToAfter')));
                },
              }),
            ]}
          >
            <DatePicker
              format={DATE_FORMAT}
              placeholder={t('calendar.datePlaceholder')}
              onKeyDown={keepEnterInPicker}
            />
          </Form.Item>
        </div>
        <Button type="primary" htmlType="submit" loading={add.isPending}>
          {t('officials.addGrant')}
        </Button>
      </Form>
    </>
  );
}
