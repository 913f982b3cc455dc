import { DownloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Modal, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { UnitPicker } from '../../components/unit-picker.tsx';
import { DATE_FORMAT, keepEnterInPicker, vietnamToday } from './dates.ts';
import { registerHref } from './queries.ts';

interface RegisterForm {
  unitId: string | null;
  from: Dayjs | null;
  to: Dayjs | null;
}

/**
 * "Sổ theo dõi hồ sơ" (form 07 of Circular 03/2025/TT-VPCP) of a unit for a period, as a PDF
 * (`GET /api/v1/dossiers/register?unitId&from&to`). Defaults: this month up to today.
 */
export function RegisterModal({
  open,
  unitId,
  onClose,
}: {
  open: boolean;
  unitId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RegisterForm>();
  const today = vietnamToday();
  const from = Form.useWatch('from', form);
  const to = Form.useWatch('to', form);
  const unit = Form.useWatch('unitId', form);
  const reversed = !!from && !!to && to.isBefore(from, 'day');
  const href =
    unit && from && to && !reversed
      ? registerHref({
          unitId: unit,
          from: from.format('YYYY-MM-DD'),
          to: to.format('YYYY-MM-DD'),
        })
      : undefined;

  return (
    <Modal
      open={open}
      title={t('oneStop.register.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('oneStop.close')}</Button>
          <Button
            type="primary"
            icon={<DownloadOutlined aria-hidden="true" />}
            href={href}
            disabled={!href}
            target="_blank"
            rel="noopener"
          >
            {t('oneStop.register.download')}
          </Button>
        </Space>
      }
    >
      <p>{t('oneStop.register.lead')}</p>
      <Form<RegisterForm>
        form={form}
        layout="vertical"
        initialValues={{ unitId: unitId || null, from: today.startOf('month'), to: today }}
      >
        <Form.Item
          name="unitId"
          label={t('oneStop.register.unit')}
          extra={t('oneStop.register.unitHint')}
          rules={[{ required: true, message: t('oneStop.fields.unitRequired') }]}
        >
          <UnitPicker />
        </Form.Item>
        <Space wrap>
          <Form.Item name="from" label={t('oneStop.register.from')} rules={[{ required: true }]}>
            <DatePicker format={DATE_FORMAT} onKeyDown={keepEnterInPicker} allowClear={false} />
          </Form.Item>
          <Form.Item
            name="to"
            label={t('oneStop.register.to')}
            rules={[{ required: true }]}
            help={reversed ? t('oneStop.filters.rangeInvalid') : undefined}
            validateStatus={reversed ? 'error' : undefined}
          >
            <DatePicker format={DATE_FORMAT} onKeyDown={keepEnterInPicker} allowClear={false} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
