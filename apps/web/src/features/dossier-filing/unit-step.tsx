import { toSearchKey } from '@lienthong/vn';
import { Form, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/page-loading.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { useCommunes } from './queries.ts';

const SELECT_ID = 'filing-commune';

interface UnitStepProps {
  value: string | null;
  error: string | undefined;
  agencyName: string;
  suggestedUnitId: string | null;
  onChange: (unitId: string | null) => void;
}

/**
 * "Chọn nơi giải quyết" (commune procedures): any commune of the city may be asked — a dossier is
 * filed anywhere and routed to the competent agency (Decree 118/2025). The commune of residence is
 * suggested; the list is searched with or without accents.
 */
export function UnitStep({ value, error, agencyName, suggestedUnitId, onChange }: UnitStepProps) {
  const { t } = useTranslation();
  const communes = useCommunes(true);
  const options = useMemo(
    () =>
      (communes.data ?? []).map((unit) => ({
        value: unit.id,
        label: unit.name,
        key: toSearchKey(`${unit.name} ${unit.code ?? ''}`),
      })),
    [communes.data],
  );
  if (communes.isPending) return <PageLoading />;
  if (communes.isError) {
    return (
      <ProblemAlert
        error={communes.error}
        title={t('filing.unit.loadFailed')}
        onRetry={() => void communes.refetch()}
        retrying={communes.isFetching}
      />
    );
  }
  const suggested = options.find((option) => option.value === suggestedUnitId);
  return (
    <Form layout="vertical" component="div">
      <p>{t('filing.unit.lead', { agency: agencyName })}</p>
      <Form.Item
        label={t('filing.unit.label')}
        htmlFor={SELECT_ID}
        required
        validateStatus={error ? 'error' : undefined}
        help={error ? <span id={`${SELECT_ID}__error`}>{error}</span> : undefined}
        extra={suggested ? t('filing.unit.suggested', { name: suggested.label }) : undefined}
      >
        <Select
          id={SELECT_ID}
          value={value ?? undefined}
          options={options}
          showSearch={{
            filterOption: (input, option) => (option?.key ?? '').includes(toSearchKey(input)),
          }}
          placeholder={t('filing.unit.placeholder')}
          notFoundContent={t('filing.unit.noMatch')}
          onChange={(next) => onChange(next ?? null)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${SELECT_ID}__error` : undefined}
          style={{ maxWidth: 480 }}
        />
      </Form.Item>
    </Form>
  );
}
