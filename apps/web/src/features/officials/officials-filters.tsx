import { Button, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitPicker } from '../../components/unit-picker.tsx';

export interface FilterValues {
  q: string;
  orgUnitId: string;
}

interface FormValues {
  q: string;
  orgUnitId: string | null;
}

/** Search by username or name, and a unit (that unit and the units below it). */
export function OfficialsFilters({
  values,
  onChange,
}: {
  values: FilterValues;
  onChange: (values: FilterValues) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  useEffect(() => {
    form.setFieldsValue({ q: values.q, orgUnitId: values.orgUnitId || null });
  }, [form, values.q, values.orgUnitId]);

  const submit = (form: FormValues) => onChange({ q: form.q ?? '', orgUnitId: form.orgUnitId ?? '' });

  return (
    <Form<FormValues>
      form={form}
      name="official-filters"
      layout="vertical"
      className="officials-filters"
      initialValues={{ q: values.q, orgUnitId: values.orgUnitId || null }}
      onFinish={submit}
      aria-label={t('officials.filters')}
      role="search"
    >
      <div className="officials-filters__row">
        <Form.Item name="q" label={t('officials.search')} extra={t('officials.searchHint')}>
          <Input maxLength={100} allowClear autoComplete="off" />
        </Form.Item>
        <Form.Item name="orgUnitId" label={t('officials.unitFilter')} extra={t('officials.unitFilterHint')}>
          <UnitPicker />
        </Form.Item>
      </div>
      <div className="officials-filters__actions">
        <Button type="primary" htmlType="submit">
          {t('officials.applyFilters')}
        </Button>
        <Button
          onClick={() => {
            form.setFieldsValue({ q: '', orgUnitId: null });
            onChange({ q: '', orgUnitId: '' });
          }}
        >
          {t('officials.clearFilters')}
        </Button>
      </div>
    </Form>
  );
}
