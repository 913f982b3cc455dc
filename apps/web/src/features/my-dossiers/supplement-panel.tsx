import { SendOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { isApiError } from '../../lib/api.ts';
import { PartUpload } from '../dossier-filing/index.ts';
import { type DossierView, useDossier, useProcedureVersion, useSupplement } from './queries.ts';

type StoredFile = DossierView['parts'][number]['file'];

/** What the agency asked for: the reason and the parts (from the last request in the history). */
export function supplementRequest(dossier: DossierView): { reason: string | null; partCodes: string[] } {
  const request = [...dossier.history].reverse().find((event) => event.action === 'request_supplement');
  const codes = request?.data.partCodes;
  return {
    reason: request?.note ?? null,
    partCodes: Array.isArray(codes) ? codes.filter((code): code is string => typeof code === 'string') : [],
  };
}

/**
 * "Bổ sung hồ sơ" (when the agency asked, form 02): upload the parts it asked for, add a note,
 * and send — the clock of the dossier starts again.
 */
export function SupplementPanel({ dossier, onSent }: { dossier: DossierView; onSent: () => void }) {
  const { t } = useTranslation();
  const { reason, partCodes } = supplementRequest(dossier);
  const version = useProcedureVersion(dossier.procedureVersionId, partCodes.length > 0);
  const refresh = useDossier(dossier.id);
  const supplement = useSupplement(dossier.id);
  const [files, setFiles] = useState<Record<string, StoredFile>>({});
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);

  const nameOf = (code: string) =>
    version.data?.definition.parts.find((part) => part.code === code)?.name ??
    dossier.parts.find((part) => part.partCode === code)?.name ??
    code;

  const send = (event: FormEvent) => {
    event.preventDefault();
    const left = partCodes.filter((code) => !files[code]);
    setMissing(left.length > 0);
    if (left.length > 0) return;
    const trimmed = note.trim();
    supplement.mutate(
      {
        revision: dossier.revision,
        parts: Object.entries(files).map(([partCode, file]) => ({ partCode, fileId: file.id })),
        ...(trimmed ? { note: trimmed.normalize('NFC') } : {}),
      },
      { onSuccess: onSent },
    );
  };

  const stale = isApiError(supplement.error) && supplement.error.code === 'DOSSIER_STALE';
  return (
    <section className="dossier-section dossier-section--action" aria-labelledby="supplement-heading">
      <h2 id="supplement-heading">{t('myDossiers.supplement.title')}</h2>
      {reason ? (
        <p>
          {t('myDossiers.supplement.reason')}: <span lang="vi">{reason}</span>
        </p>
      ) : null}
      <form onSubmit={send} noValidate>
        {partCodes.length > 0 ? (
          <ul className="supplement-parts">
            {partCodes.map((code) => (
              <li key={code}>
                <p className="supplement-parts__name">{nameOf(code)}</p>
                <PartUpload
                  partName={nameOf(code)}
                  file={files[code]}
                  onUploaded={(file) => {
                    setFiles((current) => ({ ...current, [code]: file }));
                    setMissing(false);
                  }}
                  onRemove={() =>
                    setFiles((current) =>
                      Object.fromEntries(Object.entries(current).filter(([c]) => c !== code)),
                    )
                  }
                />
              </li>
            ))}
          </ul>
        ) : null}
        {missing ? (
          <p role="alert" className="dossier-error">
            {t('myDossiers.supplement.missing')}
          </p>
        ) : null}
        <Form.Item label={t('myDossiers.supplement.note')} htmlFor="supplement-note" layout="vertical">
          <Input.TextArea
            id="supplement-note"
            rows={3}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          icon={<SendOutlined aria-hidden="true" />}
          loading={supplement.isPending}
        >
          {t('myDossiers.supplement.send')}
        </Button>
      </form>
      {supplement.isError ? (
        <ProblemAlert
          error={supplement.error}
          title={stale ? t('myDossiers.stale') : t('myDossiers.supplement.failed')}
          onRetry={stale ? () => void refresh.refetch() : undefined}
          retrying={refresh.isFetching}
        />
      ) : null}
    </section>
  );
}
