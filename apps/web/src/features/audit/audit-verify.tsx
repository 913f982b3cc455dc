import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useAuditVerify } from './queries.ts';

/** "Kiểm tra toàn vẹn": walks the hash chain and says whether it holds, or where it breaks. */
export function AuditVerify() {
  const { t, i18n } = useTranslation();
  const verify = useAuditVerify();
  const result = verify.data;
  return (
    <div className="audit-verify">
      <Button
        icon={<SafetyCertificateOutlined aria-hidden="true" />}
        onClick={() => verify.mutate()}
        loading={verify.isPending}
      >
        {t('audit.verify')}
      </Button>
      <div aria-live="polite" className="audit-verify__result">
        {verify.isError && <ProblemAlert error={verify.error} title={t('audit.verifyFailed')} />}
        {result &&
          (result.ok ? (
            <Alert
              type="success"
              showIcon
              title={t('audit.verifyOk')}
              description={t('audit.verifyOkBody', { n: formatNumber(result.checked, i18n.language, 0) })}
            />
          ) : (
            <Alert
              type="error"
              role="alert"
              showIcon
              title={t('audit.verifyBroken', { id: result.firstBrokenId ?? '?' })}
              description={
                <>
                  <p lang="vi">{result.reason}</p>
                  <p>
                    {t('audit.verifyBrokenChecked', { n: formatNumber(result.checked, i18n.language, 0) })}
                  </p>
                </>
              }
            />
          ))}
      </div>
    </div>
  );
}
