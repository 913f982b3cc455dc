import { Alert, Card, Descriptions, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import type { SignatureReport, VerificationReport } from './queries.ts';

const STATUS_ALERT = {
  valid: 'success',
  invalid: 'error',
  indeterminate: 'warning',
  no_signature: 'warning',
} as const;

/** Tag classes with text contrast ≥ 4.5:1 (antd's preset colours are too light). */
const STATUS_TAG = { valid: 'ok', invalid: 'bad', indeterminate: 'warn' } as const;
const CHECK_TAG = { passed: 'ok', failed: 'bad', warning: 'warn', indeterminate: 'warn' } as const;

function SignatureCard({ signature, detailed }: { signature: SignatureReport; detailed: boolean }) {
  const { t } = useTranslation();
  const time = signature.timestamp?.time ?? signature.signingTime;
  const problems = signature.checks.filter((c) => c.status !== 'passed');
  const title = signature.signer?.commonName ?? t('signatures.report.unknownSigner');
  return (
    <Card
      size="small"
      className="signature-card"
      title={
        <Space wrap>
          <span>{t('signatures.report.signatureN', { n: signature.index })}</span>
          <Tag className={`signature-tag signature-tag--${STATUS_TAG[signature.status]}`}>
            {t(`signatures.status.${signature.status}`)}
          </Tag>
        </Space>
      }
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('signatures.report.signer')}>
          {title}
          {signature.signer?.role ? ` · ${t(`signatures.roles.${signature.signer.role}`)}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('signatures.report.time')}>
          {time ? formatDateTime(time) : t('signatures.report.noTime')}
          {signature.timestamp ? ` · ${t('signatures.report.timestamped')}` : ''}
        </Descriptions.Item>
        {signature.coverage ? (
          <Descriptions.Item label={t('signatures.report.changes')}>
            {t(`signatures.changes.${signature.coverage.laterChanges}`)}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {problems.length > 0 ? (
        <ul className="signature-card__problems">
          {problems.map((check) => (
            <li key={check.code} lang="vi">
              {check.message}
            </li>
          ))}
        </ul>
      ) : null}
      {detailed ? (
        <>
          <Descriptions size="small" column={1} bordered className="signature-card__details">
            <Descriptions.Item label={t('signatures.report.level')}>{signature.level}</Descriptions.Item>
            <Descriptions.Item label={t('signatures.report.issuer')}>
              {signature.signer?.issuer ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('signatures.report.serial')}>
              <Typography.Text code>{signature.signer?.serial ?? '—'}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('signatures.report.validity')}>
              {signature.signer
                ? `${formatDateTime(signature.signer.notBefore)} – ${formatDateTime(signature.signer.notAfter)}`
                : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('signatures.report.revocation')}>
              {signature.revocation
                ? t(`signatures.revocation.${signature.revocation.status}`, {
                    source: signature.revocation.source.toUpperCase(),
                  })
                : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('signatures.report.chain')}>
              <ol className="signature-card__chain">
                {signature.chain.map((c) => (
                  <li key={c.serial}>{c.commonName}</li>
                ))}
              </ol>
            </Descriptions.Item>
          </Descriptions>
          <List
            size="small"
            header={<strong>{t('signatures.report.checks')}</strong>}
            dataSource={signature.checks}
            renderItem={(check) => (
              <List.Item>
                <Space align="start">
                  <Tag className={`signature-tag signature-tag--${CHECK_TAG[check.status]}`}>
                    {t(`signatures.checkStatus.${check.status}`)}
                  </Tag>
                  <span>
                    <strong>{t(`signatures.checks.${check.code}`)}</strong>:{' '}
                    <span lang="vi">{check.message}</span>
                  </span>
                </Space>
              </List.Item>
            )}
          />
        </>
      ) : null}
    </Card>
  );
}

/** A validation report: the verdict and one card per signature; the detailed view adds every check. */
export function ReportView({ report }: { report: VerificationReport }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'simple' | 'detailed'>('simple');
  return (
    <section className="verification-report" aria-label={t('signatures.report.heading')}>
      <Alert
        type={STATUS_ALERT[report.status]}
        showIcon
        role="status"
        title={t(`signatures.verdict.${report.status}`, { count: report.signatures.length })}
        description={
          <>
            <div>
              {t('signatures.report.file', { name: report.fileName })} ·{' '}
              <Typography.Text code className="verification-report__hash">
                SHA-256 {report.sha256.slice(0, 16)}…
              </Typography.Text>
            </div>
            {report.problems.map((problem) => (
              <div key={problem} lang="vi">
                {problem}
              </div>
            ))}
            <div>{t('signatures.report.checkedAt', { time: formatDateTime(report.checkedAt) })}</div>
          </>
        }
      />
      {report.signatures.length > 0 ? (
        <Segmented
          className="verification-report__switch"
          aria-label={t('signatures.report.viewLabel')}
          value={view}
          onChange={(value) => setView(value as 'simple' | 'detailed')}
          options={[
            { label: t('signatures.report.simple'), value: 'simple' },
            { label: t('signatures.report.detailed'), value: 'detailed' },
          ]}
        />
      ) : null}
      <Space orientation="vertical" size="middle" className="verification-report__list">
        {report.signatures.map((signature) => (
          <SignatureCard key={signature.index} signature={signature} detailed={view === 'detailed'} />
        ))}
      </Space>
    </section>
  );
}
