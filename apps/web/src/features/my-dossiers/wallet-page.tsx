import { DownloadOutlined } from '@ant-design/icons';
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoading } from '../../components/page-loading.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatDate, formatLocalDate } from '../../lib/format.ts';
import { MY_DOSSIERS_ROUTE, RequireCitizen } from '../citizen/index.ts';
import { useWallet, walletFileHref } from './queries.ts';
import './i18n.ts';
import './my-dossiers.css';

/**
 * `/ca-nhan/kho-du-lieu`: the citizen's data wallet — results of their dossiers and documents kept
 * for reuse, so that later filings pick them instead of uploading again (Circular 01/2023/TT-VPCP).
 */
export function WalletPage() {
  const { t } = useTranslation();
  usePageTitle(t('myDossiers.wallet.title'));
  return (
    <div className="container page my-dossiers">
      <h1>{t('myDossiers.wallet.title')}</h1>
      <RequireCitizen>
        <p className="page__lead">{t('myDossiers.wallet.lead')}</p>
        <WalletItems />
        <p>
          <Link to={MY_DOSSIERS_ROUTE}>{t('myDossiers.title')}</Link>
        </p>
      </RequireCitizen>
    </div>
  );
}

function WalletItems() {
  const { t } = useTranslation();
  const wallet = useWallet();
  if (wallet.isPending) return <PageLoading />;
  if (wallet.isError) {
    return (
      <ProblemAlert
        error={wallet.error}
        title={t('myDossiers.wallet.loadFailed')}
        onRetry={() => void wallet.refetch()}
        retrying={wallet.isFetching}
      />
    );
  }
  if (wallet.data.items.length === 0) return <Empty description={t('myDossiers.wallet.empty')} />;
  return (
    <ul className="wallet-list">
      {wallet.data.items.map((item) => (
        <li key={item.id} className="wallet-list__item">
          <h2 className="wallet-list__title">{item.title}</h2>
          <dl className="wallet-list__meta">
            <div>
              <dt>{t('myDossiers.wallet.source')}</dt>
              <dd>{item.source}</dd>
            </div>
            <div>
              <dt>{t('myDossiers.wallet.issuedAt')}</dt>
              <dd>{formatDate(item.issuedAt)}</dd>
            </div>
            {item.validTo ? (
              <div>
                <dt>{t('myDossiers.wallet.validTo')}</dt>
                <dd>{formatLocalDate(item.validTo)}</dd>
              </div>
            ) : null}
          </dl>
          {item.file ? (
            <a href={walletFileHref(item.id)} download={item.file.name}>
              <DownloadOutlined aria-hidden="true" /> {t('myDossiers.wallet.download')}
              <span className="sr-only"> {item.title}</span>
            </a>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
