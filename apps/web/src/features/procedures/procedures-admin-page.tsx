import { DownloadOutlined, HistoryOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Space, Table, Tag } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { CatalogueImport } from './catalogue-import.tsx';
import './i18n.ts';
import {
  type CatalogueFilters,
  type ProcedureSummary,
  useExportCatalogue,
  useProcedures,
} from './queries.ts';
import { VersionsDrawer } from './versions-drawer.tsx';
import './procedures.css';

const ADMIN_PAGE_SIZE = 20;

/**
 * `/app/quan-tri/thu-tuc` (permission procedure.manage): the catalogue in force with each
 * procedure's versions, export as JSON or Excel, and import (dry run, then confirm).
 */
export function ProceduresAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('catalogue.admin.title'), 'workspace');
  const searchId = useId();
  const [filters, setFilters] = useState<CatalogueFilters>({
    q: '',
    field: '',
    level: '',
    onlineLevel: '',
    page: 1,
  });
  const list = useProcedures(filters, ADMIN_PAGE_SIZE);
  const [shown, setShown] = useState<{ id: string; name: string } | undefined>();
  const download = useExportCatalogue();

  return (
    <div className="page procedure-admin">
      <h1>{t('catalogue.admin.title')}</h1>
      <p className="page__lead">{t('catalogue.admin.lead')}</p>

      <Card
        title={<h2 className="card-heading">{t('catalogue.admin.listHeading')}</h2>}
        className="procedure-admin__card"
      >
        {/* biome-ignore lint/a11y/useSemanticElements: <search> needs 2023+ browsers; role="search" works everywhere */}
        <form
          role="search"
          className="procedure-admin__search"
          onSubmit={(event) => {
            event.preventDefault();
            const q = new FormData(event.currentTarget).get('q');
            setFilters({ ...filters, q: typeof q === 'string' ? q.trim().normalize('NFC') : '', page: 1 });
          }}
        >
          <label htmlFor={searchId}>{t('catalogue.admin.search')}</label>
          <Space.Compact>
            <Input id={searchId} name="q" type="search" maxLength={200} allowClear />
            <Button htmlType="submit">{t('catalogue.admin.searchButton')}</Button>
          </Space.Compact>
        </form>
        {list.isError && (
          <ProblemAlert
            error={list.error}
            title={t('catalogue.admin.loadFailed')}
            onRetry={() => void list.refetch()}
            retrying={list.isFetching}
          />
        )}
        <Table<ProcedureSummary>
          size="middle"
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={list.data?.items.length ? { x: 900 } : undefined}
          caption={<span className="sr-only">{t('catalogue.admin.tableCaption')}</span>}
          locale={{ emptyText: t('catalogue.admin.empty') }}
          pagination={{
            current: filters.page,
            pageSize: ADMIN_PAGE_SIZE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            onChange: (page) => setFilters({ ...filters, page }),
          }}
          columns={[
            { key: 'code', title: t('catalogue.code'), render: (_, item) => <code>{item.code}</code> },
            {
              key: 'name',
              title: t('catalogue.admin.name'),
              render: (_, item) => <Link to={`/thu-tuc/${item.id}`}>{item.name}</Link>,
            },
            { key: 'field', title: t('catalogue.field'), dataIndex: 'field' },
            {
              key: 'level',
              title: t('catalogue.level'),
              render: (_, item) => (
                <>
                  {t(`catalogue.levels.${item.level}`)}{' '}
                  <Tag color={item.onlineLevel === 'full' ? 'success' : 'processing'}>
                    {t(`catalogue.onlineLevels.${item.onlineLevel}`)}
                  </Tag>
                </>
              ),
            },
            { key: 'version', title: t('catalogue.admin.version'), dataIndex: 'version' },
            {
              key: 'actions',
              title: t('catalogue.admin.actions'),
              render: (_, item) => (
                <Button
                  icon={<HistoryOutlined aria-hidden="true" />}
                  aria-label={t('catalogue.admin.showVersionsFor', { name: item.name })}
                  onClick={() => setShown({ id: item.id, name: item.name })}
                >
                  {t('catalogue.admin.showVersions')}
                </Button>
              ),
            },
          ]}
        />
      </Card>

      <Card
        title={<h2 className="card-heading">{t('catalogue.admin.exportHeading')}</h2>}
        className="procedure-admin__card"
      >
        <p>{t('catalogue.admin.exportLead')}</p>
        <Space wrap>
          {(['json', 'xlsx'] as const).map((format) => (
            <Button
              key={format}
              icon={<DownloadOutlined aria-hidden="true" />}
              loading={download.isPending && download.variables === format}
              onClick={() => download.mutate(format)}
            >
              {format === 'json' ? t('catalogue.admin.exportJson') : t('catalogue.admin.exportXlsx')}
            </Button>
          ))}
        </Space>
        {download.isError && (
          <ProblemAlert error={download.error} title={t('catalogue.admin.exportFailed')} />
        )}
        {download.isSuccess && (
          <Alert
            type="success"
            showIcon
            role="status"
            title={t('catalogue.admin.exported', { name: download.data })}
          />
        )}
      </Card>

      <Card
        title={<h2 className="card-heading">{t('catalogue.admin.importHeading')}</h2>}
        className="procedure-admin__card"
      >
        <CatalogueImport />
      </Card>

      <VersionsDrawer procedure={shown} onClose={() => setShown(undefined)} />
    </div>
  );
}
