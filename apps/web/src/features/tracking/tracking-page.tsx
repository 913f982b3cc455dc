import { FileDoneOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Descriptions, Form, Input, Timeline } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoading } from '../../components/page-loading.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ApiError } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { DeadlineTags, DossierStateTag } from '../my-dossiers/index.ts';
import { type TrackingView, useTracking } from './queries.ts';
import './i18n.ts';
import './tracking.css';

interface TrackingForm {
  code: string;
  secret: string;
}

/**
 * `/tra-cuu-ho-so` (public, no sign-in): follow a dossier with its code and the short secret
 * printed on the receipt. `?ma=<code>&bi-mat=<secret>` (the receipt's QR code) looks it up at once.
 */
export function TrackingPage() {
  const { t } = useTranslation();
  usePageTitle(t('tracking.title'));
  const [params, setParams] = useSearchParams();
  const code = (params.get('ma') ?? '').trim();
  const secret = (params.get('bi-mat') ?? '').trim();
  const tracking = useTracking(code, secret);
  const [form] = Form.useForm<TrackingForm>();

  useEffect(() => form.setFieldsValue({ code, secret }), [form, code, secret]);

  const onFinish = (values: TrackingForm) =>
    setParams({ ma: values.code.trim(), 'bi-mat': values.secret.trim() });

  return (
    <div className="container page tracking-page">
      <h1>
        <FileDoneOutlined aria-hidden="true" /> {t('tracking.title')}
      </h1>
      <p className="page__lead">{t('tracking.lead')}</p>
      <Form<TrackingForm>
        form={form}
        layout="vertical"
        className="tracking-form"
        onFinish={onFinish}
        requiredMark
        initialValues={{ code, secret }}
      >
        <Form.Item
          name="code"
          label={t('tracking.code')}
          extra={t('tracking.codeHelp')}
          rules={[{ required: true, whitespace: true, message: t('tracking.codeRequired') }]}
        >
          <Input maxLength={60} autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="secret"
          label={t('tracking.secret')}
          extra={t('tracking.secretHelp')}
          rules={[{ required: true, whitespace: true, message: t('tracking.secretRequired') }]}
        >
          <Input maxLength={20} autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          icon={<SearchOutlined aria-hidden="true" />}
          loading={tracking.isFetching}
        >
          {t('tracking.search')}
        </Button>
      </Form>
      {code && secret ? (
        <section className="tracking-result" aria-labelledby="tracking-result-heading">
          <h2 id="tracking-result-heading">{t('tracking.resultHeading')}</h2>
          {tracking.isPending ? (
            <PageLoading />
          ) : tracking.isError ? (
            <ProblemAlert
              error={tracking.error}
              title={
                tracking.error instanceof ApiError && tracking.error.status === 404
                  ? t('tracking.notFound')
                  : t('tracking.failed')
              }
              type={tracking.error instanceof ApiError && tracking.error.status === 404 ? 'warning' : 'error'}
            />
          ) : (
            <TrackingResult view={tracking.data} />
          )}
        </section>
      ) : null}
    </div>
  );
}

function TrackingResult({ view }: { view: TrackingView }) {
  const { t } = useTranslation();
  const dates: [string, string | null][] = [
    ['received', view.receivedAt],
    ['due', view.dueAt],
    ['promised', view.promisedAt],
  ];
  return (
    <>
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[
          { key: 'code', label: t('tracking.code'), children: view.code },
          { key: 'procedure', label: t('tracking.procedure'), children: view.procedureName },
          {
            key: 'state',
            label: t('tracking.state'),
            children: (
              <>
                <DossierStateTag state={view.state} label={view.stateLabel} />
                <DeadlineTags late={view.late} />
              </>
            ),
          },
          { key: 'unit', label: t('tracking.unit'), children: view.competentUnitName },
          ...dates.flatMap(([key, at]) =>
            at ? [{ key, label: t(`tracking.${key}`), children: formatDateTime(at) }] : [],
          ),
        ]}
      />
      {view.steps.length > 0 ? (
        <>
          <h3>{t('tracking.steps')}</h3>
          <Timeline
            items={view.steps.map((step, index) => ({
              key: `${index}-${step.at}`,
              content: (
                <>
                  <span className="tracking-step__label">{step.label}</span>{' '}
                  <time dateTime={step.at}>{formatDateTime(step.at)}</time>
                </>
              ),
            }))}
          />
        </>
      ) : null}
    </>
  );
}
