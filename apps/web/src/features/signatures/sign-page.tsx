import { DownloadOutlined, EditOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Radio,
  Result,
  Select,
  Upload,
  type UploadFile,
} from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { UnitPicker } from '../../components/unit-picker.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useHasPermission } from '../auth/index.ts';
import {
  downloadHref,
  type SignatureResult,
  type SignRequest,
  useSignDocument,
  VERIFY_PAGE,
} from './queries.ts';
import './signatures.css';

type FormValues = Omit<SignRequest, 'file'>;

function QrImage({ url, alt }: { url: string; alt: string }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    QRCode.toDataURL(url, { margin: 1, width: 160 }).then(setSrc, () => setSrc(undefined));
  }, [url]);
  return src ? <img src={src} alt={alt} width={160} height={160} /> : null;
}

function SignedResult({ result }: { result: SignatureResult }) {
  const { t } = useTranslation();
  const verifyPath = `${VERIFY_PAGE}?ma=${encodeURIComponent(result.code)}`;
  return (
    <Card className="signatures-result">
      <Result
        status="success"
        title={t('signatures.signedTitle')}
        subTitle={t('signatures.signedSubtitle', { name: result.fileName })}
        extra={[
          <Button
            key="download"
            type="primary"
            icon={<DownloadOutlined />}
            href={downloadHref(result.fileId)}
            download={result.fileName}
          >
            {t('signatures.download')}
          </Button>,
          <Button key="verify" href={verifyPath}>
            {t('signatures.openVerify')}
          </Button>,
        ]}
      />
      <div className="signatures-result__body">
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('signatures.report.signer')}>{result.signer}</Descriptions.Item>
          <Descriptions.Item label={t('signatures.report.time')}>
            {formatDateTime(result.signedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('signatures.report.level')}>
            {result.format === 'pades' ? `PAdES ${result.level}` : `CAdES ${result.level}`}
          </Descriptions.Item>
          <Descriptions.Item label={t('signatures.verifyCode')}>{result.code}</Descriptions.Item>
        </Descriptions>
        <figure className="signatures-result__qr">
          <QrImage url={result.verifyUrl} alt={t('signatures.qrAlt')} />
          <figcaption>{t('signatures.qrCaption')}</figcaption>
        </figure>
      </div>
    </Card>
  );
}

/**
 * `/app/ky-so` (signature.sign or signature.seal): upload a document, sign it with one's own
 * certificate or as the unit (seal, or the attachment form of Decree 30), and download it.
 */
export function SignPage() {
  const { t } = useTranslation();
  usePageTitle(t('signatures.signTitle'), 'workspace');
  const canSign = useHasPermission('signature.sign');
  const canSeal = useHasPermission('signature.seal');
  const sign = useSignDocument();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [form] = Form.useForm<FormValues>();
  const mode = Form.useWatch('mode', form);

  const onFinish = (values: FormValues) => {
    const file = files[0]?.originFileObj as File | undefined;
    if (file) sign.mutate({ ...values, file });
  };

  return (
    <div className="page signatures-page">
      <h1>
        <EditOutlined aria-hidden /> {t('signatures.signTitle')}
      </h1>
      <p className="page__lead">{t('signatures.signLead')}</p>
      <Card>
        <Form
          form={form}
          layout="vertical"
          onFinish={onFinish}
          initialValues={{ mode: canSign ? 'personal' : 'seal', format: 'pades', level: 'B-T' }}
        >
          <Form.Item label={t('signatures.documentLabel')} required extra={t('signatures.documentHelp')}>
            <Upload
              fileList={files}
              maxCount={1}
              beforeUpload={() => false}
              onChange={({ fileList }) => setFiles(fileList.slice(-1))}
            >
              <Button icon={<UploadOutlined />}>{t('signatures.chooseFile')}</Button>
            </Upload>
          </Form.Item>
          <Form.Item name="mode" label={t('signatures.modeLabel')}>
            <Radio.Group>
              <Radio value="personal" disabled={!canSign}>
                {t('signatures.modes.personal')}
              </Radio>
              <Radio value="seal" disabled={!canSeal}>
                {t('signatures.modes.seal')}
              </Radio>
              <Radio value="attachment" disabled={!canSeal}>
                {t('signatures.modes.attachment')}
              </Radio>
            </Radio.Group>
          </Form.Item>
          {mode && mode !== 'personal' ? (
            <Form.Item
              name="unitId"
              label={t('signatures.unitLabel')}
              rules={[{ required: true, message: t('signatures.unitRequired') }]}
            >
              <UnitPicker placeholder={t('signatures.unitPlaceholder')} />
            </Form.Item>
          ) : null}
          {mode === 'personal' ? (
            <Form.Item name="title" label={t('signatures.titleLabel')}>
              <Input maxLength={120} />
            </Form.Item>
          ) : null}
          {mode === 'attachment' ? (
            <Form.Item name="documentNumber" label={t('signatures.numberLabel')}>
              <Input maxLength={60} placeholder="05/QĐ-UBND" />
            </Form.Item>
          ) : null}
          <Form.Item name="format" label={t('signatures.formatLabel')}>
            <Select
              options={[
                { value: 'pades', label: t('signatures.formats.pades') },
                { value: 'cades', label: t('signatures.formats.cades') },
              ]}
            />
          </Form.Item>
          <Form.Item name="level" label={t('signatures.levelLabel')}>
            <Select
              options={(['B-B', 'B-T', 'B-LT'] as const).map((level) => ({
                value: level,
                label: t(`signatures.levels.${level}`),
              }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={sign.isPending} disabled={files.length === 0}>
            {t('signatures.signButton')}
          </Button>
        </Form>
      </Card>
      {sign.isError ? <ProblemAlert error={sign.error} title={t('signatures.signFailed')} /> : null}
      {sign.data ? <SignedResult result={sign.data} /> : null}
    </div>
  );
}
