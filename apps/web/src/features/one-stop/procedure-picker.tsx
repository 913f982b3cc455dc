import { Select } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../lib/use-debounced.ts';
import { type ProcedureSummary, useProcedure, useProcedureSearch } from './queries.ts';

interface ProcedurePickerProps {
  /** Set by Form.Item. */
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
}

/**
 * Picks a procedure of the catalogue by name or code (`GET /api/v1/procedures?q`); one known only
 * by its id (from the URL) is read once for its name.
 */
export function ProcedurePicker({ id, value, onChange }: ProcedurePickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const search = useProcedureSearch({ q, field: '', level: '', page: 1 }, q.length > 0);
  const known = useRef(new Map<string, Pick<ProcedureSummary, 'id' | 'code' | 'name'>>());
  for (const item of search.data?.items ?? []) known.current.set(item.id, item);
  const chosen = useProcedure(value && !known.current.has(value) ? value : undefined);
  if (chosen.data) {
    known.current.set(chosen.data.id, {
      id: chosen.data.id,
      code: chosen.data.definition.code,
      name: chosen.data.definition.name,
    });
  }

  const found = q ? (search.data?.items ?? []) : [];
  const current = value && !found.some((item) => item.id === value) ? known.current.get(value) : undefined;
  const options = [...(current ? [current] : []), ...found].map((item) => ({
    value: item.id,
    label: t('oneStop.filters.procedureOption', { code: item.code, name: item.name }),
  }));

  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      onClear={() => onChange?.(null)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setText, autoClearSearchValue: true }}
      loading={search.isFetching || chosen.isFetching}
      allowClear
      placeholder={t('oneStop.filters.procedurePlaceholder')}
      notFoundContent={
        q
          ? search.isFetching
            ? t('oneStop.filters.searching')
            : t('oneStop.filters.noProcedure')
          : t('oneStop.filters.typeToSearch')
      }
      popupMatchSelectWidth={false}
    />
  );
}
