import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { ApiError, type FieldError } from '../../lib/api.ts';
import { type FailedField, FormErrorSummary } from './form-error-summary.tsx';
import { DATE_FORMAT, keepEnterInPicker } from './pickers.ts';
import { type CalendarDecisionInput, type CalendarDecisionView, useSaveDecision } from './queries.ts';

export interface DecisionFormValues {
  daysOff: (Dayjs | null)[];
  workingDays: (Dayjs | null)[];
  note: string;
  source: string;
}

type DateListName = 'daysOff' | 'workingDays';
type FieldName = keyof DecisionFormValues;
const FIELD_NAMES: readonly FieldName[] = ['daysOff', 'workingDays', 'note', 'source'];

function isFieldName(value: string | undefined): value is FieldName {
  return (FIELD_NAMES as readonly (string | undefined)[]).includes(value);
}

export type DecisionFieldName = [FieldName] | [DateListName, number];

export interface MappedFieldErrors {
  fields: { name: DecisionFieldName; errors: string[] }[];
  /** Errors that belong to no field of the form (they stay in the alert above it). */
  unmapped: FieldError[];
}

/**
 * Puts the server's field errors (`body.daysOff.0`, `body.note`) on the fields of the form:
 * `['daysOff', 0]`, `['note']`; an index the form does not show goes on the whole list.
 */
export function mapFieldErrors(
  errors: readonly FieldError[],
  values: Partial<DecisionFormValues>,
): MappedFieldErrors {
  const byName = new Map<string, { name: DecisionFieldName; errors: string[] }>();
  const unmapped: FieldError[] = [];
  for (const error of errors) {
    const [root, field, index] = error.path.split('.');
    if (root !== 'body' || !isFieldName(field)) {
      unmapped.push(error);
      continue;
    }
    let name: DecisionFieldName = [field];
    if ((field === 'daysOff' || field === 'workingDays') && index !== undefined && /^\d+$/.test(index)) {
      const position = Number(index);
      if (position < (values[field]?.length ?? 0)) name = [field, position];
    }
    const key = name.join('.');
    const entry = byName.get(key) ?? { name, errors: [] };
    entry.errors.push(error.message);
    byName.set(key, entry);
  }
  return { fields: [...byName.values()], unmapped };
}

function toInput(values: DecisionFormValues): CalendarDecisionInput {
  const dates = (list: (Dayjs | null)[] | undefined) =>
    [...new Set((list ?? []).flatMap((date) => (date ? [date.format('YYYY-MM-DD')] : [])))].sort();
  return {
    daysOff: dates(values.daysOff),
    workingDays: dates(values.workingDays),
    note: values.note.trim().normalize('NFC'),
    source: values.source.trim().normalize('NFC'),
  };
}

function initialValuesOf(decision: CalendarDecisionView | null): DecisionFormValues {
  return {
    daysOff: decision?.daysOff.map((date) => dayjs(date)) ?? [],
    workingDays: decision?.workingDays.map((date) => dayjs(date)) ?? [],
    note: decision?.note ?? '',
    source: decision?.source ?? '',
  };
}

interface DecisionFormProps {
  year: number;
  /** The year's current decision, the form's starting point (null: none yet). */
  decision: CalendarDecisionView | null;
}

/** Edits the year's decision (permission `calendar.manage`); saving creates a new version. */
export function DecisionForm({ year, decision }: DecisionFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DecisionFormValues>();
  const [messages, messageHolder] = message.useMessage();
  const save = useSaveDecision(year);
  const [invalid, setInvalid] = useState<FailedField[]>([]);
  const initialValues = useMemo(() => initialValuesOf(decision), [decision]);

  const onFinish = (values: DecisionFormValues) => {
    setInvalid([]);
    save.mutate(toInput(values), {
      onSuccess: (view) => {
        void messages.success(t('workCalendar.saved', { version: view.decision?.version ?? 0 }));
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        const { fields } = mapFieldErrors(error.errors, form.getFieldsValue(true));
        if (fields.length === 0) return;
        form.setFields(fields);
        form.scrollToField(fields[0]?.name ?? 'note', { focus: true, block: 'center' });
      },
    });
  };

  return (
    <>
      {messageHolder}
      {save.isError && <ProblemAlert error={save.error} title={t('workCalendar.saveFailed')} />}
      <FormErrorSummary fields={invalid} />
      <Form<DecisionFormValues>
        form={form}
        name={`decision-${year}`}
        layout="vertical"
        requiredMark={false}
        scrollToFirstError={{ focus: true, block: 'center' }}
        initialValues={initialValues}
        onFinish={onFinish}
        onFinishFailed={({ errorFields }) => setInvalid(errorFields)}
        aria-label={t('workCalendar.editHeading', { year })}
        className="decision-form"
      >
        <DateList
          year={year}
          name="daysOff"
          legend={t('workCalendar.daysOff')}
          itemLabel={(n) => t('workCalendar.dayOff', { n })}
          removeLabel={(n) => t('workCalendar.removeDayOff', { n })}
          addLabel={t('workCalendar.addDayOff')}
        />
        <DateList
          year={year}
          name="workingDays"
          legend={t('workCalendar.workingDays')}
          itemLabel={(n) => t('workCalendar.workingDay', { n })}
          removeLabel={(n) => t('workCalendar.removeWorkingDay', { n })}
          addLabel={t('workCalendar.addWorkingDay')}
        />
        <Form.Item
          label={t('workCalendar.note')}
          name="note"
          rules={[{ required: true, whitespace: true, message: t('workCalendar.noteRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item
          label={t('workCalendar.source')}
          name="source"
          rules={[{ required: true, whitespace: true, message: t('workCalendar.sourceRequired') }]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('workCalendar.save')}
        </Button>
      </Form>
    </>
  );
}

interface DateListProps {
  year: number;
  name: DateListName;
  legend: string;
  itemLabel: (n: number) => string;
  removeLabel: (n: number) => string;
  addLabel: string;
}

/** A list of dates with add and remove, in a fieldset; each date has its own label. */
function DateList({ year, name, legend, itemLabel, removeLabel, addLabel }: DateListProps) {
  const { t } = useTranslation();
  const pickerStart = useMemo(() => dayjs(`${year}-01-01`), [year]);
  return (
    <fieldset className="date-list">
      <legend className="date-list__legend">{legend}</legend>
      <Form.List name={name}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.length === 0 && <p className="date-list__empty">{t('workCalendar.noDates')}</p>}
            <ul className="date-list__items">
              {fields.map((field, index) => (
                <li key={field.key} className="date-list__item">
                  <Form.Item
                    label={itemLabel(index + 1)}
                    name={field.name}
                    rules={[{ required: true, message: t('workCalendar.dateRequired') }]}
                  >
                    <DatePicker
                      format={DATE_FORMAT}
                      placeholder={t('calendar.datePlaceholder')}
                      defaultPickerValue={pickerStart}
                      onKeyDown={keepEnterInPicker}
                    />
                  </Form.Item>
                  <Button
                    className="date-list__remove"
                    icon={<DeleteOutlined aria-hidden="true" />}
                    aria-label={removeLabel(index + 1)}
                    onClick={() => remove(field.name)}
                  />
                </li>
              ))}
            </ul>
            <Form.ErrorList errors={errors} />
            <Button icon={<PlusOutlined aria-hidden="true" />} onClick={() => add(null)}>
              {addLabel}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
