import { Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitPicker } from '../../components/unit-picker.tsx';
import { keepEnterInPicker } from './dates.ts';
import { STATE_CODES, stateLabel } from './labels.ts';
import { ProcedurePicker } from './procedure-picker.tsx';
import type { QueueFilters } from './queries.ts';

type FilterValues = Omit<QueueFilters, 'queue' | 'page'>;

interface FormValues {
  q: string;
  unitId: string | null;
  procedureId: string | null;
  state: string | null;
  receivedFrom: Dayjs | null;
  receivedTo: Dayjs | null;
}

const EMPTY: FilterValues = {
  q: '',
  unitId: '',
  procedureId: '',
  state: '',
  receivedFrom: '',
  receivedTo: '',
};

function toForm(values: FilterValues): FormValues {
  return {
    q: values.q,
    unitId: values.unitId || null,
    procedureId: values.procedureId || null,
    state: values.state || null,
    receivedFrom: values.receivedFrom ? dayjs(values.receivedFrom) : null,
    receivedTo: values.receivedTo ? dayjs(values.receivedTo) : null,
  };
}

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : '');

/**
 * Filters of the work queue: code or applicant, the competent unit (the server answers only for
 * units in the caller's scope), procedure, state and the day of receipt (dd/mm/yyyy).
 */
export function QueueFiltersForm({
  values,
  onChange,
}: {
  values: FilterValues;
  onChange: (values: FilterValues) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  useEffect(() => form.setFieldsValue(toForm(values)), [form, values]);
  const stateOptions = useMemo(
    () =>
      STATE_CODES.filter((state) => state !== 'draft').map((state) => ({
        value: state,
        label: stateLabel(t, state),
      })),
    [t],
  );

  const onFinish = (form: FormValues) =>
    onChange({
      q: (form.q ?? '').trim(),
      unitId: form.unitId ?? '',
      procedureId: form.procedureId ?? '',
      state: form.state ?? '',
      receivedFrom: day(form.receivedFrom),
      receivedTo: day(form.receivedTo),
    });

  return (
    <Form<FormValues>
      form={form}
      name="dossier-filters"
      layout="vertical"
      className="one-stop-filters"
      initialValues={toForm(values)}
      onFinish={onFinish}
      aria-label={t('oneStop.filters.heading')}
      role="search"
    >
      <div className="one-stop-filters__row">
        <Form.Item name="q" label={t('oneStop.filters.q')} extra={t('oneStop.filters.qHint')}>
          <Input maxLength={200} allowClear autoComplete="off" />
        </Form.Item>
        <Form.Item name="unitId" label={t('oneStop.filters.unit')} extra={t('oneStop.filters.unitHint')}>
          <UnitPicker />
        </Form.Item>
        <Form.Item name="procedureId" label={t('oneStop.filters.procedure')}>
          <ProcedurePicker />
        </Form.Item>
        <Form.Item name="state" label={t('oneStop.filters.state')}>
          <Select options={stateOptions} allowClear placeholder={t('oneStop.filters.anyState')} />
        </Form.Item>
        <Form.Item name="receivedFrom" label={t('oneStop.filters.receivedFrom')}>
          <DatePicker
            format="DD/MM/YYYY"
            placeholder={t('oneStop.datePlaceholder')}
            onKeyDown={keepEnterInPicker}
          />
        </Form.Item>
        <Form.Item
          name="receivedTo"
          label={t('oneStop.filters.receivedTo')}
          dependencies={['receivedFrom']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: Dayjs | null) => {
                const from = getFieldValue('receivedFrom') as Dayjs | null;
                return value && from && value.isBefore(from, 'day')
                  ? Promise.reject(new Error(t('oneStop.filters.rangeInvalid')))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker
            format="DD/MM/YYYY"
            placeholder={t('oneStop.datePlaceholder')}
            onKeyDown={keepEnterInPicker}
          />
        </Form.Item>
      </div>
      <div className="one-stop-filters__actions">
        <Button type="primary" htmlType="submit">
          {t('oneStop.filters.apply')}
        </Button>
        <Button
          onClick={() => {
            form.setFieldsValue(toForm(EMPTY));
            onChange(EMPTY);
          }}
        >
          {t('oneStop.filters.clear')}
        </Button>
      </div>
    </Form>
  );
}
