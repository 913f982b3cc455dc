import { Descriptions, type DescriptionsProps } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoading } from '../../components/page-loading.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatDateTime, formatLocalDate } from '../../lib/format.ts';
import {
  ACCESS_LOG_ROUTE,
  type CitizenView,
  MY_DOSSIERS_ROUTE,
  useMyRecord,
  WALLET_ROUTE,
} from './queries.ts';
import { RequireCitizen } from './require-citizen.tsx';
import './citizen.css';

/** `/ca-nhan`: the signed-in citizen's identity record, as the national e-ID gave it. */
export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('profile.title'));
  return (
    <div className="container page citizen-page">
      <h1>{t('profile.title')}</h1>
      <RequireCitizen>
        <Profile />
      </RequireCitizen>
    </div>
  );
}

function Profile() {
  const { t } = useTranslation();
  const record = useMyRecord();
  if (record.isPending) return <PageLoading />;
  if (record.isError) {
    return (
      <ProblemAlert
        error={record.error}
        title={t('profile.loadFailed')}
        onRetry={() => void record.refetch()}
        retrying={record.isFetching}
      />
    );
  }
  return (
    <>
      <p className="page__lead">{t('profile.lead')}</p>
      <Descriptions className="citizen-record" column={1} bordered items={recordItems(record.data, t)} />
      <p className="citizen-note">{t('profile.correction')}</p>
      <p className="citizen-links">
        <Link className="button-link" to={MY_DOSSIERS_ROUTE}>
          {t('profile.myDossiersLink')}
        </Link>{' '}
        <Link className="button-link" to={WALLET_ROUTE}>
          {t('profile.walletLink')}
        </Link>{' '}
        <Link className="button-link" to={ACCESS_LOG_ROUTE}>
          {t('profile.accessLogLink')}
        </Link>
      </p>
    </>
  );
}

/** Text from the e-ID is Vietnamese whatever the UI language (WCAG 3.1.2). */
function vi(value: string | null, t: TFunction): ReactNode {
  return value ? <span lang="vi">{value}</span> : <span className="citizen-none">{t('profile.none')}</span>;
}

export function recordItems(record: CitizenView, t: TFunction): DescriptionsProps['items'] {
  return [
    { key: 'fullName', label: t('profile.fullName'), children: vi(record.fullName, t) },
    {
      key: 'personalId',
      label: t('profile.personalId'),
      children: <span className="citizen-id">{record.personalId}</span>,
    },
    {
      key: 'birthDate',
      label: t('profile.birthDate'),
      children: <time dateTime={record.birthDate}>{formatLocalDate(record.birthDate)}</time>,
    },
    { key: 'sex', label: t('profile.sex'), children: t(`profile.sexValue.${record.sex}`) },
    { key: 'nationality', label: t('profile.nationality'), children: vi(record.nationality, t) },
    { key: 'placeOfOrigin', label: t('profile.placeOfOrigin'), children: vi(record.placeOfOrigin, t) },
    {
      key: 'permanentAddress',
      label: t('profile.permanentAddress'),
      children: vi(record.permanentAddress, t),
    },
    { key: 'currentAddress', label: t('profile.currentAddress'), children: vi(record.currentAddress, t) },
    { key: 'phone', label: t('profile.phone'), children: vi(record.phone, t) },
    { key: 'email', label: t('profile.email'), children: vi(record.email, t) },
    {
      key: 'eidLevel',
      label: t('profile.eidLevel'),
      children: record.eidLevel ? t('profile.eidLevelValue', { level: record.eidLevel }) : vi(null, t),
    },
    {
      key: 'lastSignIn',
      label: t('profile.lastSignIn'),
      children: record.lastSignInAt ? (
        <time dateTime={record.lastSignInAt}>{formatDateTime(record.lastSignInAt)}</time>
      ) : (
        vi(null, t)
      ),
    },
  ];
}
