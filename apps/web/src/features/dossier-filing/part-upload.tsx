import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import './i18n.ts';
import { Button, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.ts';
import { errorMessage } from '../../lib/error-message.ts';
import { formatNumber } from '../../lib/format.ts';
import { type StoredFileView, uploadFile } from './queries.ts';

/** File types the platform accepts (detected from content by the server; this only guides the picker). */
export const ACCEPTED_FILES = '.pdf,.png,.jpg,.jpeg,.tif,.tiff,.docx,.xlsx,.odt,.ods,.xml,.zip';

/** `350 KB`, `1,2 MB`. */
export function formatFileSize(bytes: number, language: string): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), language, 0)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), language, 1)} MB`;
}

interface PartUploadProps {
  /** The part's name: the button says what it uploads for screen readers. */
  partName: string;
  file: StoredFileView | undefined;
  onUploaded: (file: StoredFileView) => void;
  onRemove?: () => void;
}

/**
 * Uploads one file for a part of a dossier (`POST /api/v1/files`). A file of a type not allowed
 * or too large is refused by the server: its problem+json detail is shown under the button.
 */
export function PartUpload({ partName, file, onUploaded, onRemove }: PartUploadProps) {
  const { t, i18n } = useTranslation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();

  const upload = (chosen: File) => {
    setPending(true);
    setError(undefined);
    uploadFile(chosen).then(
      (stored) => {
        setPending(false);
        onUploaded(stored);
      },
      (failure: unknown) => {
        setPending(false);
        setError(failure);
      },
    );
    return false;
  };

  return (
    <div className="part-upload">
      {file ? (
        <p className="part-upload__file">
          <PaperClipOutlined aria-hidden="true" /> <span>{file.name}</span>{' '}
          <span className="part-upload__size">({formatFileSize(file.size, i18n.language)})</span>
          {onRemove ? (
            <Button type="link" size="small" onClick={onRemove}>
              {t('filing.parts.remove')}
              <span className="sr-only"> {file.name}</span>
            </Button>
          ) : null}
        </p>
      ) : null}
      <Upload accept={ACCEPTED_FILES} showUploadList={false} maxCount={1} beforeUpload={upload}>
        <Button icon={<UploadOutlined aria-hidden="true" />} loading={pending}>
          {file ? t('filing.parts.replace') : t('filing.parts.upload')}
          <span className="sr-only">: {partName}</span>
        </Button>
      </Upload>
      <p className="part-upload__hint">{t('filing.parts.hint')}</p>
      {error ? (
        <p
          className="part-upload__error"
          role="alert"
          lang={error instanceof ApiError ? error.language : undefined}
        >
          {t('filing.parts.uploadFailed', { name: partName })}: {errorMessage(error, t)}
        </p>
      ) : null}
    </div>
  );
}
