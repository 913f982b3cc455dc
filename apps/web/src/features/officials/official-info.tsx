import { EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Form, Input, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { UnitPicker } from '../../components/unit-picker.tsx';
import { bodyFieldErrors } from '../../lib/body-field-errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useFeedback } from './feedback.ts';
import { officialStatuses } from './officials-labels.ts';
import { type OfficialDetail, type OfficialUpdateInput, useUpdateOfficial } from './queries.ts';

interface FormValues {
  displayName: string;
  email: string;
  orgUnitId: string | null;
}

const FIELDS = ['displayName', 'email', 'orgUnitId'] as const;

/** Only what changed; an emptied email becomes null. */
function changesOf(official: OfficialDetail, values: FormValues): OfficialUpdateInput {
  const displayName = values.displayName.trim().normalize('NFC');
  const email = values.email?.trim() || null;
  return {
    ...(displayName !== official.displayName ? { displayName } : {}),
    ...(email !== official.email ? { email } : {}),
    ...(values.orgUnitId && values.orgUnitId !== official.orgUnitId ? { orgUnitId: values.orgUnitId } : {}),
  };
}

/** The account's details, and "Sửa thông tin" (name, email, unit: `PATCH /api/v1/officials/:id`). */
export function OfficialInfo({ official }: { official: OfficialDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const none = t('officials.none');
  return (
    <section aria-labelledby="official-info-heading" className="official-section">
      <div className="official-section__head">
        <h3 id="official-info-heading">{t('officials.infoHeading')}</h3>
        {!editing && (
          <Button icon={<EditOutlined aria-hidden="true" />} onClick={() => setEditing(true)}>
            {t('officials.edit')}
          </Button>
        )}
      </div>
      {editing ? (
        <OfficialEditForm official={official} onDone={() => setEditing(false)} />
      ) : (
        <Descriptions
          column={1}
          size="small"
          bordered
          items={[
            { key: 'username', label: t('officials.username'), children: official.username },
            { key: 'displayName', label: t('officials.displayName'), children: official.displayName },
            { key: 'email', label: t('officials.email'), children: official.email ?? none },
            {
              key: 'unit',
              label: t('officials.unit'),
              children: official.orgUnitName ?? t('officials.noUnit'),
            },
            {
              key: 'status',
              label: t('officials.statusColumn'),
              children: officialStatuses(t, official).map((status) => (
                <Tag key={status.key} className={`officials-tag officials-tag--${status.key}`}>
                  {status.label}
                </Tag>
              )),
            },
            {
              key: 'totp',
              label: t('officials.totp'),
              children: official.totpEnabled ? t('officials.totpOn') : t('officials.totpOff'),
            },
            {
              key: 'createdAt',
              label: t('officials.createdAt'),
              children: formatDateTime(official.createdAt),
            },
          ]}
        />
      )}
    </section>
  );
}

function OfficialEditForm({ official, onDone }: { official: OfficialDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const messages = useFeedback();
  const update = useUpdateOfficial(official.id);

  useEffect(() => {
    const fields = bodyFieldErrors(update.error, FIELDS);
    if (fields.length > 0) form.setFields(fields);
  }, [update.error, form]);

  const onFinish = (values: FormValues) => {
    const changes = changesOf(official, values);
    if (Object.keys(changes).length === 0) {
      onDone();
      return;
    }
    update.mutate(changes, {
      onSuccess: () => {
        void messages.success(t('officials.saved'));
        onDone();
      },
    });
  };

  return (
    <>
      {update.isError && <ProblemAlert error={update.error} title={t('officials.saveFailed')} />}
      <Form<FormValues>
        form={form}
        name="edit-official"
        layout="vertical"
        aria-label={t('officials.editHeading')}
        initialValues={{
          displayName: official.displayName,
          email: official.email ?? '',
          orgUnitId: official.orgUnitId,
        }}
        onFinish={onFinish}
      >
        <Form.Item
          name="displayName"
          label={t('officials.displayName')}
          rules={[{ required: true, whitespace: true, message: t('officials.displayNameRequired') }]}
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('officials.email')}
          rules={[{ type: 'email', message: t('officials.emailInvalid') }]}
        >
          <Input type="email" maxLength={254} autoComplete="off" />
        </Form.Item>
        <Form.Item name="orgUnitId" label={t('officials.unit')} extra={t('officials.moveHint')}>
          <UnitPicker initialLabel={official.orgUnitName} allowClear={false} />
        </Form.Item>
        <div className="official-section__actions">
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('officials.save')}
          </Button>
          <Button onClick={onDone}>{t('officials.cancel')}</Button>
        </div>
      </Form>
    </>
  );
}
