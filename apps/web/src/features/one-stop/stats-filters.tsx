import { Button, DatePicker, Form, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitPicker } from '../../components/unit-picker.tsx';
import { DATE_FORMAT, keepEnterInPicker } from './dates.ts';
import { PERIOD_KINDS, type PeriodKind } from './stats-period.ts';
import { GROUP_BY, type StatsParams } from './use-stats-params.ts';

interface FormValues {
  unitId: string | null;
  kind: PeriodKind;
  anchor: Dayjs | null;
  from: Dayjs | null;
  to: Dayjs | null;
  groupBy: StatsParams['groupBy'];
}

const PICKERS = {
  month: { picker: 'month', format: 'MM/YYYY' },
  quarter: { picker: 'quarter', format: '[Quý] Q/YYYY' },
  year: { picker: 'year', format: 'YYYY' },
} as const;

function toForm(values: StatsParams): FormValues {
  return {
    unitId: values.unitId || null,
    kind: values.kind,
    anchor: dayjs(values.anchor),
    from: dayjs(values.from),
    to: dayjs(values.to),
    groupBy: values.groupBy,
  };
}

const day = (value: Dayjs | null | undefined, fallback: string) =>
  value ? value.format('YYYY-MM-DD') : fallback;

/** Unit (default: every unit in the caller's scope), period (month, quarter, year or range) and breakdown. */
export function StatsFiltersForm({
  values,
  onChange,
}: {
  values: StatsParams;
  onChange: (values: Partial<StatsParams>) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  useEffect(() => form.setFieldsValue(toForm(values)), [form, values]);
  const kind = Form.useWatch('kind', form) ?? values.kind;

  const onFinish = (form: FormValues) =>
    onChange({
      unitId: form.unitId ?? '',
      kind: form.kind,
      anchor: day(form.anchor, values.anchor),
      from: day(form.from, values.from),
      to: day(form.to, values.to),
      groupBy: form.groupBy,
    });

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      className="one-stop-filters"
      initialValues={toForm(values)}
      onFinish={onFinish}
      aria-label={t('oneStop.stats.filters')}
      role="search"
    >
      <div className="one-stop-filters__row">
        <Form.Item name="unitId" label={t('oneStop.stats.unit')} extra={t('oneStop.stats.unitHint')}>
          <UnitPicker placeholder={t('oneStop.stats.allUnits')} />
        </Form.Item>
        <Form.Item name="groupBy" label={t('oneStop.stats.groupBy')}>
          <Select
            options={GROUP_BY.map((code) => ({ value: code, label: t(`oneStop.stats.groups.${code}`) }))}
          />
        </Form.Item>
      </div>
      <Form.Item name="kind" label={t('oneStop.stats.period')}>
        <Radio.Group
          optionType="button"
          options={PERIOD_KINDS.map((code) => ({ value: code, label: t(`oneStop.stats.kinds.${code}`) }))}
        />
      </Form.Item>
      <div className="one-stop-filters__row">
        {kind === 'range' ? (
          <>
            <Form.Item name="from" label={t('oneStop.stats.from')} rules={[{ required: true }]}>
              <DatePicker format={DATE_FORMAT} onKeyDown={keepEnterInPicker} allowClear={false} />
            </Form.Item>
            <Form.Item
              name="to"
              label={t('oneStop.stats.to')}
              dependencies={['from']}
              rules={[
                { required: true },
                ({ getFieldValue }) => ({
                  validator: (_, value: Dayjs | null) => {
                    const from = getFieldValue('from') as Dayjs | null;
                    return value && from && value.isBefore(from, 'day')
                      ? Promise.reject(new Error(t('oneStop.filters.rangeInvalid')))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker format={DATE_FORMAT} onKeyDown={keepEnterInPicker} allowClear={false} />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="anchor" label={t(`oneStop.stats.anchor.${kind}`)} rules={[{ required: true }]}>
            <DatePicker
              picker={PICKERS[kind].picker}
              format={PICKERS[kind].format}
              onKeyDown={keepEnterInPicker}
              allowClear={false}
            />
          </Form.Item>
        )}
      </div>
      <div className="one-stop-filters__actions">
        <Button type="primary" htmlType="submit">
          {t('oneStop.stats.apply')}
        </Button>
      </div>
    </Form>
  );
}
