import { CheckOutlined, FileSearchOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Statistic, Table } from 'antd';
import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { type ImportSummary, useImportCatalogue } from './queries.ts';

type RowError = ImportSummary['errors'][number];

/**
 * Import in two steps: the chosen file (.xlsx or .json) is checked by a dry run, whose counts and
 * per-row errors are shown; the user then confirms (all rows, or only the valid ones).
 */
export function CatalogueImport() {
  const { t } = useTranslation();
  const inputId = useId();
  const [file, setFile] = useState<File | undefined>();
  const [summary, setSummary] = useState<ImportSummary | undefined>();
  const upload = useImportCatalogue();

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0]);
    setSummary(undefined);
    upload.reset();
  };
  const run = (dryRun: boolean, mode: 'all' | 'valid') => {
    if (!file) return;
    upload.mutate({ file, dryRun, mode }, { onSuccess: setSummary });
  };
  const checked = summary?.dryRun === true;
  const hasErrors = (summary?.errors.length ?? 0) > 0;
  const writable = checked && summary.created + summary.updated > 0;

  return (
    <div className="procedure-import">
      <p>{t('catalogue.admin.importLead')}</p>
      <div className="procedure-import__file">
        <label htmlFor={inputId}>{t('catalogue.admin.fileLabel')}</label>
        <input
          id={inputId}
          type="file"
          accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={choose}
        />
      </div>
      <Button
        icon={<FileSearchOutlined aria-hidden="true" />}
        disabled={!file}
        loading={upload.isPending && upload.variables?.dryRun === true}
        onClick={() => run(true, 'all')}
      >
        {t('catalogue.admin.check')}
      </Button>
      {upload.isError && <ProblemAlert error={upload.error} title={t('catalogue.admin.importFailed')} />}
      {summary && (
        <section
          className="procedure-import__summary"
          aria-labelledby="import-summary-heading"
          aria-live="polite"
        >
          <h3 id="import-summary-heading">
            {summary.dryRun ? t('catalogue.admin.checkHeading') : t('catalogue.admin.doneHeading')}
          </h3>
          <Space size="large" wrap>
            <Statistic title={t('catalogue.admin.created')} value={summary.created} />
            <Statistic title={t('catalogue.admin.updated')} value={summary.updated} />
            <Statistic title={t('catalogue.admin.unchanged')} value={summary.unchanged} />
            <Statistic title={t('catalogue.admin.rejected')} value={summary.errors.length} />
          </Space>
          {!summary.dryRun &&
            (summary.created + summary.updated + summary.unchanged === 0 && hasErrors ? (
              <Alert type="warning" showIcon role="status" title={t('catalogue.admin.nothingWritten')} />
            ) : (
              <Alert type="success" showIcon role="status" title={t('catalogue.admin.imported')} />
            ))}
          {hasErrors && (
            <Table<RowError>
              size="small"
              rowKey={(row) => `${row.row}:${row.message}`}
              dataSource={summary.errors}
              pagination={summary.errors.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              caption={<span className="sr-only">{t('catalogue.admin.errorsCaption')}</span>}
              columns={[
                { key: 'row', title: t('catalogue.admin.row'), dataIndex: 'row', width: 80 },
                { key: 'code', title: t('catalogue.admin.errorCode'), dataIndex: 'code', width: 220 },
                { key: 'message', title: t('catalogue.admin.errorMessage'), dataIndex: 'message' },
              ]}
            />
          )}
          {writable && (
            <Space wrap className="procedure-import__confirm">
              {hasErrors ? (
                <Button
                  type="primary"
                  icon={<CheckOutlined aria-hidden="true" />}
                  loading={upload.isPending}
                  onClick={() => run(false, 'valid')}
                >
                  {t('catalogue.admin.confirmValid')}
                </Button>
              ) : (
                <Button
                  type="primary"
                  icon={<CheckOutlined aria-hidden="true" />}
                  loading={upload.isPending}
                  onClick={() => run(false, 'all')}
                >
                  {t('catalogue.admin.confirmAll')}
                </Button>
              )}
            </Space>
          )}
        </section>
      )}
    </div>
  );
}
