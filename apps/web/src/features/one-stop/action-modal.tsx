import { Alert, Button, Checkbox, DatePicker, Form, Input, Modal, Radio, Result, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { UnitPicker } from '../../components/unit-picker.tsx';
import { ApiError } from '../../lib/api.ts';
import { useCurrentUser } from '../auth/index.ts';
import {
  ACTION_FIELDS,
  type ActionField,
  type ActionFormValues,
  actionBody,
  DANGEROUS_ACTIONS,
  fieldOfPath,
  lastConsultedUnit,
  RESULT_ACTIONS,
} from './action-fields.ts';
import { DATE_FORMAT, keepEnterInPicker, vietnamToday } from './dates.ts';
import { ResultLinks } from './dossier-documents.tsx';
import { actionLabel, DELIVERY_CODES, deliveryLabel } from './labels.ts';
import {
  type DossierAction,
  type DossierView,
  type ProcedureView,
  useAssignees,
  useDossierAction,
} from './queries.ts';

interface ActionModalProps {
  dossier: DossierView;
  action: DossierAction;
  procedure: ProcedureView | undefined;
  /** The dossier changed on the server meanwhile: read it again. */
  onStale: () => void;
  onDone: (view: DossierView) => void;
  onClose: () => void;
}

/**
 * One action on the dossier: what it does, the fields of its body, and `revision` so that a
 * change made meanwhile by someone else is refused (DOSSIER_STALE) instead of overwritten.
 */
export function ActionModal({ dossier, action, procedure, onStale, onDone, onClose }: ActionModalProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [form] = Form.useForm<ActionFormValues>();
  const mutation = useDossierAction(dossier);
  const [stale, setStale] = useState(false);
  const [done, setDone] = useState<DossierView | null>(null);
  const fields = ACTION_FIELDS[action];
  const label = actionLabel(t, action);
  const stillAllowed = dossier.allowedActions.includes(action);

  const send = async () => {
    const values = await form.validateFields();
    setStale(false);
    try {
      const view = await mutation.mutateAsync({ action, fields: actionBody(action, values) });
      if (RESULT_ACTIONS.has(action)) setDone(view);
      else onDone(view);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'DOSSIER_STALE') {
        setStale(true);
        onStale();
        return;
      }
      if (error instanceof ApiError) {
        const byField = new Map<ActionField, string[]>();
        for (const problem of error.errors) {
          const field = fieldOfPath(action, problem.path);
          if (field) byField.set(field, [...(byField.get(field) ?? []), problem.message]);
        }
        form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
      }
    }
  };

  const help = t(`oneStop.actionHelp.${action}`, {
    defaultValue: '',
    name: user.displayName,
    unit: dossier.competentUnit.name,
  });

  return (
    <Modal
      open
      title={label}
      width={640}
      onCancel={() => (done ? onDone(done) : onClose())}
      destroyOnHidden
      footer={
        done ? (
          <Button type="primary" onClick={() => onDone(done)}>
            {t('oneStop.close')}
          </Button>
        ) : (
          <Space>
            <Button onClick={onClose}>{t('oneStop.cancel')}</Button>
            <Button
              type="primary"
              danger={DANGEROUS_ACTIONS.has(action)}
              loading={mutation.isPending}
              disabled={!stillAllowed}
              onClick={() => void send().catch(() => undefined)}
            >
              {label}
            </Button>
          </Space>
        )
      }
    >
      {done ? (
        <Result
          status="success"
          title={t(`oneStop.actionDone.${action}`)}
          extra={done.result ? <ResultLinks dossierId={done.id} result={done.result} /> : undefined}
        />
      ) : (
        <>
          {help && <p className="one-stop-action__help">{help}</p>}
          {stale && (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={t('oneStop.stale.title')}
              description={stillAllowed ? t('oneStop.stale.retry') : t('oneStop.stale.notAllowed')}
            />
          )}
          {mutation.isError && !stale && (
            <ProblemAlert error={mutation.error} title={t('oneStop.actionFailed')} />
          )}
          <Form<ActionFormValues>
            form={form}
            layout="vertical"
            className="one-stop-action__form"
            initialValues={{
              method: 'desk',
              partCodes: [],
              unitId: action === 'consult_reply' ? (lastConsultedUnit(dossier.history) ?? null) : null,
            }}
          >
            {fields.map((field) => (
              <ActionFieldItem key={field} field={field} dossier={dossier} procedure={procedure} />
            ))}
          </Form>
        </>
      )}
    </Modal>
  );
}

function ActionFieldItem({
  field,
  dossier,
  procedure,
}: {
  field: ActionField;
  dossier: DossierView;
  procedure: ProcedureView | undefined;
}) {
  const { t } = useTranslation();
  const label = t(`oneStop.fields.${field}`);
  const required = (message: string) => [{ required: true, whitespace: true, message }];
  switch (field) {
    case 'reason':
    case 'question':
    case 'answer':
      return (
        <Form.Item
          name={field}
          label={label}
          rules={required(t('oneStop.fields.textRequired', { field: label.toLocaleLowerCase() }))}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      );
    case 'note':
      return (
        <Form.Item name="note" label={label}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      );
    case 'title':
      return (
        <Form.Item name="title" label={label} extra={t('oneStop.fields.titleHint')}>
          <Input maxLength={120} />
        </Form.Item>
      );
    case 'assigneeId':
      return <AssigneeSelect dossierId={dossier.id} />;
    case 'unitId':
      return (
        <Form.Item
          name="unitId"
          label={label}
          rules={[{ required: true, message: t('oneStop.fields.unitRequired') }]}
        >
          <UnitPicker />
        </Form.Item>
      );
    case 'partCodes':
      return (
        <Form.Item name="partCodes" label={label} extra={t('oneStop.fields.partCodesHint')}>
          <Checkbox.Group
            className="one-stop-action__parts"
            options={(procedure?.definition.parts ?? []).map((part) => ({
              value: part.code,
              label: part.name,
            }))}
          />
        </Form.Item>
      );
    case 'newDate':
      return (
        <Form.Item
          name="newDate"
          label={label}
          extra={t('oneStop.fields.newDateHint')}
          rules={[
            { required: true, message: t('oneStop.fields.newDateRequired') },
            {
              validator: (_, value: Dayjs | null) =>
                value?.isBefore(vietnamToday(), 'day')
                  ? Promise.reject(new Error(t('oneStop.fields.newDatePast')))
                  : Promise.resolve(),
            },
          ]}
        >
          <DatePicker
            format={DATE_FORMAT}
            placeholder={t('oneStop.datePlaceholder')}
            disabledDate={(day) => day.isBefore(vietnamToday(), 'day')}
            onKeyDown={keepEnterInPicker}
          />
        </Form.Item>
      );
    case 'method':
      return (
        <Form.Item name="method" label={label} rules={[{ required: true }]}>
          <Radio.Group
            options={DELIVERY_CODES.map((code) => ({ value: code, label: deliveryLabel(t, code) }))}
          />
        </Form.Item>
      );
  }
}

function AssigneeSelect({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation();
  const assignees = useAssignees(dossierId);
  return (
    <>
      {assignees.isError && <ProblemAlert error={assignees.error} title={t('oneStop.assignees.failed')} />}
      <Form.Item
        name="assigneeId"
        label={t('oneStop.fields.assigneeId')}
        rules={[{ required: true, message: t('oneStop.fields.assigneeRequired') }]}
      >
        <Select
          loading={assignees.isPending}
          placeholder={t('oneStop.fields.assigneePlaceholder')}
          notFoundContent={t('oneStop.assignees.none')}
          showSearch={{ optionFilterProp: 'label' }}
          options={(assignees.data?.items ?? []).map((person) => ({
            value: person.id,
            label: person.roles.length
              ? t('oneStop.assignees.option', {
                  name: person.displayName,
                  roles: person.roles
                    .map((role) => t(`roleNames.${role}`, { defaultValue: role }))
                    .join(', '),
                })
              : person.displayName,
          }))}
        />
      </Form.Item>
    </>
  );
}
