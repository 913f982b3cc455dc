import { QrcodeOutlined } from '@ant-design/icons';
import { formatVnd } from '@lienthong/vn';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { VietQrImage } from '../payments/index.ts';
import { type DossierView, type PaymentView, receiptHref, useCreatePayment, usePayments } from './queries.ts';

/** States in which fees are not (or no longer) collected. */
const NOT_PAYABLE = new Set(['draft', 'refused', 'stopped', 'denied', 'archived']);

function PendingPayment({ payment }: { payment: PaymentView }) {
  const { t } = useTranslation();
  const amount = formatVnd(payment.amount);
  return (
    <div className="payment__pending">
      {payment.qrPayload ? (
        <figure className="payment__figure">
          <VietQrImage
            payload={payment.qrPayload}
            alt={t('myDossiers.payment.qrAlt', { amount })}
            size={200}
          />
          <figcaption>{t('myDossiers.payment.qrCaption', { amount })}</figcaption>
        </figure>
      ) : null}
      {payment.payUrl ? (
        <a className="button-link" href={payment.payUrl}>
          {t('myDossiers.payment.open', { amount })}
        </a>
      ) : null}
      <p className="payment__hint">{t('myDossiers.payment.hint')}</p>
    </div>
  );
}

/**
 * "Phí, lệ phí" (anchor `#thanh-toan`): the amount, "Thanh toán" (a VietQR to scan with a banking
 * app, or the payment provider's page), and the receipts of what was paid.
 */
export function PaymentPanel({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const payments = usePayments(dossier.id, dossier.feeTotal > 0 && dossier.state !== 'draft');
  const create = useCreatePayment(dossier.id);
  if (dossier.feeTotal <= 0) return null;
  const payable = !dossier.paidAt && !NOT_PAYABLE.has(dossier.state);
  const pending = create.data ?? payments.data?.items.find((payment) => payment.status === 'pending');
  const paid = (payments.data?.items ?? []).filter((payment) => payment.status === 'paid');
  return (
    <section id="thanh-toan" className="dossier-section" aria-labelledby="payment-heading" tabIndex={-1}>
      <h2 id="payment-heading">{t('myDossiers.payment.title')}</h2>
      <p>
        {t('myDossiers.payment.total')}: <strong>{formatVnd(dossier.feeTotal)}</strong>
        {dossier.paidAt
          ? ` – ${t('myDossiers.payment.paidAt', { at: formatDateTime(dossier.paidAt) })}`
          : null}
      </p>
      {paid.length > 0 ? (
        <ul className="dossier-links">
          {paid.map((payment) => (
            <li key={payment.id}>
              <a href={receiptHref(payment.id)} download>
                {t('myDossiers.payment.receipt', { no: payment.receiptNo ?? payment.id.slice(0, 8) })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {payable && pending ? <PendingPayment payment={pending} /> : null}
      {payable && !pending ? (
        <Button
          type="primary"
          icon={<QrcodeOutlined aria-hidden="true" />}
          loading={create.isPending}
          disabled={payments.isPending && payments.fetchStatus !== 'idle'}
          onClick={() => create.mutate()}
        >
          {t('myDossiers.payment.pay')}
        </Button>
      ) : null}
      {create.isError ? <ProblemAlert error={create.error} title={t('myDossiers.payment.failed')} /> : null}
    </section>
  );
}
