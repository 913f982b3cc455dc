import { Alert, Button, Form, Modal, Radio, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { useCurrentUser } from '../auth/index.ts';
import { DELIVERY_CODES, deliveryLabel } from './labels.ts';
import {
  type BulkActionInput,
  type BulkActionResult,
  DOSSIER_APPROVE,
  DOSSIER_PROCESS,
  DOSSIER_RECEIVE,
  type DossierSummary,
  SIGNATURE_SEAL,
  useBulkAction,
  useCommonAssignees,
} from './queries.ts';

export type BulkAction = BulkActionInput['action'];

/** Which bulk actions a user is offered (the server decides again for each dossier). */
const BULK_PERMISSIONS: Record<BulkAction, readonly string[]> = {
  receive: [DOSSIER_RECEIVE],
  assign: [DOSSIER_RECEIVE, DOSSIER_PROCESS, DOSSIER_APPROVE],
  issue: [SIGNATURE_SEAL],
  deliver: [DOSSIER_RECEIVE],
  archive: [DOSSIER_RECEIVE],
};
const BULK_ORDER: readonly BulkAction[] = ['receive', 'assign', 'issue', 'deliver', 'archive'];

export function useBulkActions(): BulkAction[] {
  const held = useCurrentUser().permissions ?? [];
  return BULK_ORDER.filter((action) => BULK_PERMISSIONS[action].some((p) => held.includes(p)));
}

interface BulkBarProps {
  selected: DossierSummary[];
  actions: readonly BulkAction[];
  /** After the server answered: the dossiers it changed. */
  onDone: (succeeded: string[]) => void;
}

/** "N hồ sơ đã chọn" and the actions for all of them at once. */
export function BulkBar({ selected, actions, onDone }: BulkBarProps) {
  const { t } = useTranslation();
  const [action, setAction] = useState<BulkAction | null>(null);
  if (actions.length === 0) return null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a toolbar of buttons, not a form group
    <div className="one-stop-bulk" role="group" aria-label={t('oneStop.bulk.heading')}>
      <span aria-live="polite">{t('oneStop.bulk.selected', { n: selected.length })}</span>
      <Space wrap>
        {actions.map((code) => (
          <Button key={code} disabled={selected.length === 0} onClick={() => setAction(code)}>
            {t(`oneStop.bulk.actions.${code}`)}
          </Button>
        ))}
      </Space>
      {action && (
        <BulkModal
          action={action}
          selected={selected}
          onClose={(succeeded) => {
            setAction(null);
            if (succeeded) onDone(succeeded);
          }}
        />
      )}
    </div>
  );
}

interface BulkForm {
  assigneeId?: string;
  method?: BulkActionInput['method'];
}

/** Confirms a bulk action, sends it, then shows the result of each dossier. */
function BulkModal({
  action,
  selected,
  onClose,
}: {
  action: BulkAction;
  selected: DossierSummary[];
  onClose: (succeeded?: string[]) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<BulkForm>();
  const bulk = useBulkAction();
  const [result, setResult] = useState<BulkActionResult | null>(null);
  const title = t(`oneStop.bulk.actions.${action}`);

  const send = async () => {
    const values = await form.validateFields();
    const input: BulkActionInput = {
      action,
      ids: selected.map((dossier) => dossier.id),
      ...(action === 'assign' ? { assigneeId: values.assigneeId } : {}),
      ...(action === 'deliver' ? { method: values.method } : {}),
    };
    setResult(await bulk.mutateAsync(input));
  };
  const succeeded = result?.results.filter((row) => row.ok).map((row) => row.id) ?? [];

  return (
    <Modal
      open
      title={title}
      width={720}
      onCancel={() => onClose(result ? succeeded : undefined)}
      footer={
        result ? (
          <Button type="primary" onClick={() => onClose(succeeded)}>
            {t('oneStop.close')}
          </Button>
        ) : (
          <Space>
            <Button onClick={() => onClose()}>{t('oneStop.cancel')}</Button>
            <Button
              type="primary"
              loading={bulk.isPending}
              onClick={() => void send().catch(() => undefined)}
            >
              {t('oneStop.bulk.confirm', { action: title, n: selected.length })}
            </Button>
          </Space>
        )
      }
    >
      {result ? (
        <BulkResults result={result} selected={selected} />
      ) : (
        <>
          <p>{t('oneStop.bulk.intro', { action: title, n: selected.length })}</p>
          <p className="one-stop-bulk__codes">
            {selected.map((dossier) => dossier.code ?? t('oneStop.noCode')).join(', ')}
          </p>
          {bulk.isError && <ProblemAlert error={bulk.error} title={t('oneStop.bulk.failed')} />}
          <Form<BulkForm> form={form} layout="vertical" initialValues={{ method: 'desk' }}>
            {action === 'assign' && <AssigneeField selected={selected} />}
            {action === 'deliver' && (
              <Form.Item name="method" label={t('oneStop.fields.method')} rules={[{ required: true }]}>
                <Radio.Group
                  options={DELIVERY_CODES.map((code) => ({ value: code, label: deliveryLabel(t, code) }))}
                />
              </Form.Item>
            )}
          </Form>
        </>
      )}
    </Modal>
  );
}

function AssigneeField({ selected }: { selected: DossierSummary[] }) {
  const { t } = useTranslation();
  const onePerUnit = [...new Map(selected.map((d) => [d.competentUnit.id, d.id])).values()];
  const assignees = useCommonAssignees(onePerUnit, true);
  return (
    <>
      {assignees.error && <ProblemAlert error={assignees.error} title={t('oneStop.assignees.failed')} />}
      {onePerUnit.length > 1 && (
        <Alert type="info" showIcon title={t('oneStop.bulk.severalUnits', { n: onePerUnit.length })} />
      )}
      <Form.Item
        name="assigneeId"
        label={t('oneStop.fields.assigneeId')}
        rules={[{ required: true, message: t('oneStop.fields.assigneeRequired') }]}
      >
        <Select
          loading={assignees.isPending}
          placeholder={t('oneStop.fields.assigneePlaceholder')}
          notFoundContent={t('oneStop.assignees.none')}
          options={assignees.items.map((person) => ({ value: person.id, label: person.displayName }))}
        />
      </Form.Item>
    </>
  );
}

function BulkResults({ result, selected }: { result: BulkActionResult; selected: DossierSummary[] }) {
  const { t } = useTranslation();
  const codes = new Map(selected.map((dossier) => [dossier.id, dossier.code ?? t('oneStop.noCode')]));
  const ok = result.results.filter((row) => row.ok).length;
  return (
    <>
      <p role="status">{t('oneStop.bulk.summary', { ok, n: result.results.length })}</p>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={result.results}
        caption={<span className="sr-only">{t('oneStop.bulk.resultsCaption')}</span>}
        columns={[
          {
            key: 'code',
            title: t('oneStop.columns.code'),
            render: (_, row) => codes.get(row.id) ?? row.id,
          },
          {
            key: 'result',
            title: t('oneStop.bulk.result'),
            render: (_, row) =>
              row.ok ? (
                <Tag className="one-stop-tag one-stop-tag--success">{t('oneStop.bulk.ok')}</Tag>
              ) : (
                <>
                  <Tag className="one-stop-tag one-stop-tag--late">{t('oneStop.bulk.notOk')}</Tag>
                  <span lang="vi">{row.message ?? row.code}</span>
                </>
              ),
          },
        ]}
      />
    </>
  );
}
