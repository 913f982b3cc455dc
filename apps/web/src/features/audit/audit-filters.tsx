import { AutoComplete, Button, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { actionLabel, KNOWN_ACTIONS, KNOWN_SUBJECT_TYPES, subjectTypeLabel } from './audit-labels.ts';
import type { AuditFilterValues } from './use-audit-params.ts';

interface FormValues {
  action: string;
  actorId: string;
  subjectType: string;
  subjectId: string;
  fromDay: Dayjs | null;
  toDay: Dayjs | null;
}

const EMPTY: AuditFilterValues = {
  action: '',
  actorId: '',
  subjectType: '',
  subjectId: '',
  fromDay: '',
  toDay: '',
};

function toForm(values: AuditFilterValues): FormValues {
  return {
    action: values.action,
    actorId: values.actorId,
    subjectType: values.subjectType,
    subjectId: values.subjectId,
    fromDay: values.fromDay ? dayjs(values.fromDay) : null,
    toDay: values.toDay ? dayjs(values.toDay) : null,
  };
}

/** Action (suggestions with labels, any code accepted), actor, subject type and id, date range. */
export function AuditFiltersForm({
  values,
  onChange,
}: {
  values: AuditFilterValues;
  onChange: (values: AuditFilterValues) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  useEffect(() => form.setFieldsValue(toForm(values)), [form, values]);
  const actionOptions = useMemo(
    () => KNOWN_ACTIONS.map((code) => ({ value: code, label: `${actionLabel(t, code)} (${code})` })),
    [t],
  );
  const subjectOptions = useMemo(
    () =>
      KNOWN_SUBJECT_TYPES.map((code) => ({ value: code, label: `${subjectTypeLabel(t, code)} (${code})` })),
    [t],
  );
  const onFinish = (form: FormValues) => {
    onChange({
      action: form.action ?? '',
      actorId: form.actorId ?? '',
      subjectType: form.subjectType ?? '',
      subjectId: form.subjectId ?? '',
      fromDay: form.fromDay ? form.fromDay.format('YYYY-MM-DD') : '',
      toDay: form.toDay ? form.toDay.format('YYYY-MM-DD') : '',
    });
  };
  const filterOption = (input: string, option?: { value: string; label: string }) =>
    (option?.label ?? '').toLowerCase().includes(input.toLowerCase());

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      className="audit-filters"
      initialValues={toForm(values)}
      onFinish={onFinish}
      aria-label={t('audit.filters')}
    >
      <div className="audit-filters__row">
        <Form.Item name="action" label={t('audit.action')}>
          <AutoComplete options={actionOptions} showSearch={{ filterOption }} allowClear />
        </Form.Item>
        <Form.Item name="actorId" label={t('audit.actorId')}>
          <Input maxLength={200} allowClear />
        </Form.Item>
        <Form.Item name="subjectType" label={t('audit.subjectType')}>
          <AutoComplete options={subjectOptions} showSearch={{ filterOption }} allowClear />
        </Form.Item>
        <Form.Item name="subjectId" label={t('audit.subjectId')}>
          <Input maxLength={200} allowClear />
        </Form.Item>
        <Form.Item name="fromDay" label={t('audit.fromDay')}>
          <DatePicker format="DD/MM/YYYY" placeholder={t('calendar.datePlaceholder')} />
        </Form.Item>
        <Form.Item name="toDay" label={t('audit.toDay')}>
          <DatePicker format="DD/MM/YYYY" placeholder={t('calendar.datePlaceholder')} />
        </Form.Item>
      </div>
      <div className="audit-filters__actions">
        <Button type="primary" htmlType="submit">
          {t('audit.applyFilters')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onChange(EMPTY);
          }}
        >
          {t('audit.clearFilters')}
        </Button>
      </div>
    </Form>
  );
}
