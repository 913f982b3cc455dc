import { SafetyCertificateOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Form, Spin, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useVerifyByCode, useVerifyUpload } from './queries.ts';
import { ReportView } from './report-view.tsx';
import './signatures.css';

function fileOf(list: UploadFile[]): File | undefined {
  return list[0]?.originFileObj as File | undefined;
}

/**
 * `/xac-thuc` (public): "Xác thực văn bản điện tử". Upload a signed PDF (or any file with its
 * .p7s), or open the link of a QR code (`?ma=`), and read the validation report.
 */
export function VerifyPage() {
  const { t } = useTranslation();
  usePageTitle(t('signatures.verifyTitle'));
  const [params] = useSearchParams();
  const code = params.get('ma');
  const byCode = useVerifyByCode(code);
  const upload = useVerifyUpload();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [signatures, setSignatures] = useState<UploadFile[]>([]);
  const report = upload.data ?? (upload.isIdle ? byCode.data : undefined);

  const onFinish = () => {
    const file = fileOf(files);
    if (file) upload.mutate({ file, signature: fileOf(signatures) });
  };

  return (
    <div className="container page signatures-page">
      <h1>
        <SafetyCertificateOutlined aria-hidden /> {t('signatures.verifyTitle')}
      </h1>
      <p className="page__lead">{t('signatures.verifyLead')}</p>
      <Card>
        <Form layout="vertical" onFinish={onFinish}>
          <Form.Item label={t('signatures.fileLabel')} required extra={t('signatures.fileHelp')}>
            <Upload
              fileList={files}
              maxCount={1}
              beforeUpload={() => false}
              onChange={({ fileList }) => setFiles(fileList.slice(-1))}
            >
              <Button icon={<UploadOutlined />}>{t('signatures.chooseFile')}</Button>
            </Upload>
          </Form.Item>
          <Form.Item label={t('signatures.detachedLabel')} extra={t('signatures.detachedHelp')}>
            <Upload
              fileList={signatures}
              maxCount={1}
              accept=".p7s,.p7m,.sig"
              beforeUpload={() => false}
              onChange={({ fileList }) => setSignatures(fileList.slice(-1))}
            >
              <Button icon={<UploadOutlined />}>{t('signatures.chooseSignature')}</Button>
            </Upload>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={upload.isPending} disabled={files.length === 0}>
            {t('signatures.verifyButton')}
          </Button>
        </Form>
      </Card>
      {upload.isError ? <ProblemAlert error={upload.error} title={t('signatures.verifyFailed')} /> : null}
      {code && byCode.isError && upload.isIdle ? (
        <ProblemAlert error={byCode.error} title={t('signatures.codeFailed')} />
      ) : null}
      {code && byCode.isLoading ? <Spin aria-label={t('signatures.checking')} /> : null}
      {report ? <ReportView report={report} /> : null}
    </div>
  );
}
