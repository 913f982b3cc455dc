import { Button, Checkbox, DatePicker, Form, InputNumber, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { formatDayWithWeekday, formatDue, vietnamMoment, vietnamToday } from './calendar-format.ts';
import { type FailedField, FormErrorSummary } from './form-error-summary.tsx';
import { DATE_FORMAT, keepEnterInPicker, TIME_FORMAT } from './pickers.ts';
import { type DeadlineView, useDeadline } from './queries.ts';

interface DeadlineFormValues {
  receiptDate: Dayjs | null;
  receiptTime: Dayjs | null;
  workingDays: number | null;
  sameDayCutoff: boolean;
}

/** Today and the current time of day in Vietnam, as picker values (their fields are Vietnam's). */
function vietnamNow(): Pick<DeadlineFormValues, 'receiptDate' | 'receiptTime'> {
  const now = new Date();
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(now);
  const today = vietnamToday(now);
  return { receiptDate: dayjs(today), receiptTime: dayjs(`${today}T${time}`) };
}

/**
 * "Tính hạn giải quyết hồ sơ": receipt date and time, number of working days, the 15:00 cut-off;
 * asks `POST /api/v1/calendar/deadline` and shows the due moment in Vietnam time.
 */
export function DeadlineCalculator({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const [form] = Form.useForm<DeadlineFormValues>();
  const deadline = useDeadline();
  const [invalid, setInvalid] = useState<FailedField[]>([]);
  const initialValues = useMemo<DeadlineFormValues>(
    () => ({ ...vietnamNow(), workingDays: null, sameDayCutoff: false }),
    [],
  );

  const onFinish = (values: DeadlineFormValues) => {
    setInvalid([]);
    if (!values.receiptDate || !values.receiptTime || values.workingDays === null) return;
    deadline.mutate({
      start: vietnamMoment(values.receiptDate, values.receiptTime),
      workingDays: values.workingDays,
      sameDayCutoff: values.sameDayCutoff,
    });
  };

  return (
    <section className="deadline-calculator" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('calendar.deadline.heading')}</Heading>
      <p className="page__lead">{t('calendar.deadline.lead')}</p>
      <FormErrorSummary fields={invalid} />
      <Form<DeadlineFormValues>
        form={form}
        name="deadline"
        layout="vertical"
        requiredMark={false}
        scrollToFirstError={{ focus: true, block: 'center' }}
        initialValues={initialValues}
        onFinish={onFinish}
        onFinishFailed={({ errorFields }) => setInvalid(errorFields)}
        onValuesChange={() => deadline.reset()}
        aria-labelledby={headingId}
        className="deadline-calculator__form"
      >
        <div className="deadline-calculator__row">
          <Form.Item
            label={t('calendar.deadline.receiptDate')}
            name="receiptDate"
            rules={[{ required: true, message: t('calendar.deadline.receiptDateRequired') }]}
          >
            <DatePicker
              format={DATE_FORMAT}
              placeholder={t('calendar.datePlaceholder')}
              allowClear={false}
              onKeyDown={keepEnterInPicker}
            />
          </Form.Item>
          <Form.Item
            label={t('calendar.deadline.receiptTime')}
            name="receiptTime"
            rules={[{ required: true, message: t('calendar.deadline.receiptTimeRequired') }]}
          >
            <TimePicker
              format={TIME_FORMAT}
              placeholder={t('calendar.timePlaceholder')}
              needConfirm={false}
              allowClear={false}
              onKeyDown={keepEnterInPicker}
            />
          </Form.Item>
          <Form.Item
            label={t('calendar.deadline.workingDays')}
            name="workingDays"
            rules={[{ required: true, message: t('calendar.deadline.workingDaysRequired') }]}
          >
            <InputNumber min={0} max={365} precision={0} inputMode="numeric" />
          </Form.Item>
        </div>
        <Form.Item name="sameDayCutoff" valuePropName="checked">
          <Checkbox>{t('calendar.deadline.cutoff')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={deadline.isPending}>
          {t('calendar.deadline.submit')}
        </Button>
      </Form>

      <div className="deadline-calculator__result" aria-live="polite">
        {deadline.isSuccess && <DeadlineResult result={deadline.data} />}
      </div>
      {deadline.isError && <ProblemAlert error={deadline.error} title={t('calendar.deadline.failed')} />}
    </section>
  );
}

function DeadlineResult({ result }: { result: DeadlineView }) {
  const { t } = useTranslation();
  const due = formatDue(result.due, t);
  return (
    <div className="deadline-result">
      <p className="deadline-result__due">
        <strong>{t('calendar.deadline.due', { time: due.time, date: due.day })}</strong>
      </p>
      <p>{t('calendar.deadline.receiptDateResult', { date: formatDayWithWeekday(result.receiptDate, t) })}</p>
      <p className="calendar-version">{t('calendar.calendarVersion', { version: result.calendarVersion })}</p>
    </div>
  );
}
