import { amountInWords, formatVnd } from '@lienthong/vn';
import { Alert, Button, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoading } from '../../components/page-loading.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { type SimulatedPaymentView, useCompleteSimulatedPayment, useSimulatedPayment } from './queries.ts';
import { VietQrImage } from './vietqr-image.tsx';
import './i18n.ts';
import './payments.css';

// Theme status colours (readable at 4.5:1), not antd's preset palettes.
const STATUS_COLOR = { pending: 'warning', paid: 'success', failed: 'error', cancelled: 'default' } as const;

/** A portal path to go back to (never another site). */
function safeReturn(url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? url : '/';
}

/**
 * `/thanh-toan-mo-phong/:paymentId`: the payment simulator's page, standing in for a bank's — the
 * amount, the VietQR to scan, and the two buttons that make the platform receive the signed
 * callback a bank would send ("Xác nhận đã thanh toán", "Hủy"). Development and demos only.
 */
export function PaymentSimulatorPage() {
  const { t } = useTranslation();
  const { paymentId = '' } = useParams();
  usePageTitle(t('payments.simulator.title'));
  const payment = useSimulatedPayment(paymentId);
  return (
    <div className="container page payment-simulator">
      <h1>{t('payments.simulator.title')}</h1>
      <Alert
        type="warning"
        showIcon
        title={t('payments.simulator.warning')}
        description={t('payments.simulator.warningBody')}
        className="payment-simulator__warning"
      />
      {payment.isPending ? (
        <PageLoading />
      ) : payment.isError ? (
        <ProblemAlert
          error={payment.error}
          title={t('payments.simulator.loadFailed')}
          onRetry={() => void payment.refetch()}
          retrying={payment.isFetching}
        />
      ) : (
        <Transaction payment={payment.data} />
      )}
    </div>
  );
}

function Transaction({ payment }: { payment: SimulatedPaymentView }) {
  const { t } = useTranslation();
  const complete = useCompleteSimulatedPayment(payment.id);
  const amount = formatVnd(payment.amount);
  const back = (
    <Link className="button-link" to={safeReturn(payment.returnUrl)}>
      {t('payments.simulator.back')}
    </Link>
  );
  return (
    <section aria-labelledby="payment-details-heading" className="payment-simulator__body">
      <h2 id="payment-details-heading">{t('payments.simulator.details')}</h2>
      <div className="payment-simulator__layout">
        <Descriptions column={1} bordered size="middle" className="payment-simulator__details">
          <Descriptions.Item label={t('payments.simulator.amount')}>
            <strong className="payment-simulator__amount">{amount}</strong>
          </Descriptions.Item>
          <Descriptions.Item label={t('payments.simulator.amountInWords')}>
            <span lang="vi">{amountInWords(payment.amount)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('payments.simulator.description')}>
            <span lang="vi">{payment.description}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('payments.simulator.beneficiary')}>
            <span lang="vi">{payment.beneficiaryName}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('payments.simulator.status')}>
            <Tag color={STATUS_COLOR[payment.status]}>
              {t(`payments.simulator.statuses.${payment.status}`)}
            </Tag>
          </Descriptions.Item>
        </Descriptions>
        {payment.qrPayload && payment.status === 'pending' && (
          <figure className="payment-simulator__figure">
            <VietQrImage payload={payment.qrPayload} alt={t('payments.simulator.qrAlt', { amount })} />
            <figcaption>{t('payments.simulator.qrCaption')}</figcaption>
          </figure>
        )}
      </div>
      {complete.isError && (
        <ProblemAlert error={complete.error} title={t('payments.simulator.actionFailed')} />
      )}
      {payment.status === 'pending' ? (
        <div className="payment-simulator__actions">
          <Button
            type="primary"
            size="large"
            loading={complete.isPending && complete.variables === 'paid'}
            disabled={complete.isPending}
            onClick={() => complete.mutate('paid')}
          >
            {t('payments.simulator.confirm')}
          </Button>
          <Button
            size="large"
            danger
            loading={complete.isPending && complete.variables === 'cancelled'}
            disabled={complete.isPending}
            onClick={() => complete.mutate('cancelled')}
          >
            {t('payments.simulator.cancel')}
          </Button>
        </div>
      ) : (
        <div className="payment-simulator__result">
          <Alert
            role="status"
            showIcon
            type={payment.status === 'paid' ? 'success' : payment.status === 'failed' ? 'error' : 'info'}
            title={t(`payments.simulator.${payment.status}`)}
            description={
              payment.status === 'paid'
                ? t('payments.simulator.paidBody')
                : payment.status === 'cancelled'
                  ? t('payments.simulator.cancelledBody')
                  : undefined
            }
          />
          {back}
        </div>
      )}
    </section>
  );
}
