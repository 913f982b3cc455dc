import { Button, DatePicker, Form, Modal, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { bodyFieldErrors } from '../../lib/body-field-errors.ts';
import { formatLocalDate } from '../../lib/format.ts';
import { useFeedback } from './feedback.ts';
import { grantState, grantValidity, roleLabel, scopeLabel, todayInVietnam } from './officials-labels.ts';
import { DATE_FORMAT, keepEnterInPicker } from './pickers.ts';
import { type GrantView, type OfficialDetail, useEndGrant } from './queries.ts';

/** The official's grants: role, unit, scope, validity (dd/mm/yyyy) and state; "Kết thúc" ends one. */
export function GrantsTable({ official, canGrant }: { official: OfficialDetail; canGrant: boolean }) {
  const { t } = useTranslation();
  const today = todayInVietnam();
  const [ending, setEnding] = useState<GrantView | null>(null);
  const messages = useFeedback();
  return (
    <>
      <Table<GrantView>
        className="grants-table"
        size="small"
        rowKey="id"
        dataSource={official.grants}
        pagination={false}
        scroll={{ x: 'max-content' }}
        caption={
          <span className="sr-only">{t('officials.grantsCaption', { name: official.displayName })}</span>
        }
        locale={{ emptyText: t('officials.noGrants') }}
        columns={[
          { key: 'role', title: t('officials.role'), render: (_, grant) => roleLabel(t, grant.role) },
          {
            key: 'unit',
            title: t('officials.unit'),
            render: (_, grant) =>
              grant.orgUnitId === null
                ? t('officials.platformWide')
                : (grant.orgUnitName ?? t('officials.unitGone')),
          },
          { key: 'scope', title: t('officials.scope'), render: (_, grant) => scopeLabel(t, grant.scope) },
          { key: 'validity', title: t('officials.validity'), render: (_, grant) => grantValidity(t, grant) },
          {
            key: 'state',
            title: t('officials.grantState'),
            render: (_, grant) => {
              const state = grantState(grant, today);
              return (
                <Tag className={`officials-tag officials-tag--${state}`}>
                  {t(`officials.grantStates.${state}`)}
                </Tag>
              );
            },
          },
          ...(canGrant
            ? [
                {
                  key: 'end',
                  title: <span className="sr-only">{t('officials.grantActions')}</span>,
                  render: (_: unknown, grant: GrantView) =>
                    grantState(grant, today) !== 'ended' ? (
                      <Button
                        size="small"
                        onClick={() => setEnding(grant)}
                        aria-label={t('officials.endGrantOf', {
                          role: roleLabel(t, grant.role),
                          unit: grant.orgUnitName ?? t('officials.platformWide'),
                        })}
                      >
                        {t('officials.endGrant')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {ending && (
        <EndGrantModal
          official={official}
          grant={ending}
          onClose={() => setEnding(null)}
          onEnded={(day) => {
            setEnding(null);
            void messages.success(t('officials.grantEnded', { date: formatLocalDate(day) }));
          }}
        />
      )}
    </>
  );
}

/** The first day the grant no longer applies: today, or the day after it starts if later. */
function defaultEnd(grant: GrantView, today: string): Dayjs {
  const start = dayjs(grant.validFrom).add(1, 'day');
  return start.isAfter(dayjs(today)) ? start : dayjs(today);
}

interface EndGrantModalProps {
  official: OfficialDetail;
  grant: GrantView;
  onClose: () => void;
  onEnded: (day: string) => void;
}

function EndGrantModal({ official, grant, onClose, onEnded }: EndGrantModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ validTo: Dayjs | null }>();
  const end = useEndGrant(official.id);

  const onFinish = ({ validTo }: { validTo: Dayjs | null }) => {
    if (!validTo) return;
    const day = validTo.format('YYYY-MM-DD');
    end.mutate(
      { grantId: grant.id, validTo: day },
      {
        onSuccess: () => onEnded(day),
        onError: (error) => {
          const fields = bodyFieldErrors(error, ['validTo'] as const);
          if (fields.length > 0) form.setFields(fields);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('officials.endGrantTitle', { role: roleLabel(t, grant.role) })}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('officials.cancel')}
        </Button>,
        <Button key="ok" type="primary" danger htmlType="submit" form="end-grant" loading={end.isPending}>
          {t('officials.endGrant')}
        </Button>,
      ]}
    >
      <p>
        {t('officials.endGrantBody', {
          role: roleLabel(t, grant.role),
          unit: grant.orgUnitName ?? t('officials.platformWide'),
          validity: grantValidity(t, grant),
        })}
      </p>
      {end.isError && <ProblemAlert error={end.error} title={t('officials.endGrantFailed')} />}
      <Form
        name="end-grant"
        form={form}
        layout="vertical"
        initialValues={{ validTo: defaultEnd(grant, todayInVietnam()) }}
        onFinish={onFinish}
      >
        <Form.Item
          name="validTo"
          label={t('officials.endFrom')}
          extra={t('officials.endFromHint')}
          rules={[{ required: true, message: t('officials.dateRequired') }]}
        >
          <DatePicker
            format={DATE_FORMAT}
            placeholder={t('calendar.datePlaceholder')}
            onKeyDown={keepEnterInPicker}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
