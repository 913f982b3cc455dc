import type { OrgUnitDetail, OrgUnitPage, OrgUnitView } from '@lienthong/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api.ts';
import { vietnamLocalDate } from '../lib/format.ts';
import { useDebounced } from '../lib/use-debounced.ts';

export const UNITS_PATH = '/api/v1/org/units';

/** What the picker knows of a unit: enough for its label. */
export interface PickedUnit {
  id: string;
  name: string;
  unitType?: string;
  code?: string | null;
  /** Names of the units above it, from the top (known once the unit was read by id). */
  ancestors?: readonly string[];
}

export interface UnitPickerProps {
  /** Set by Form.Item. */
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The day the units must be in force on (`YYYY-MM-DD`); default today in Vietnam. */
  asOf?: string;
  /** Name of the chosen unit when the caller knows it (no request for its label then). */
  initialLabel?: string | null;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  'aria-invalid'?: boolean | 'true' | 'false';
  'aria-describedby'?: string;
  'aria-required'?: boolean | 'true' | 'false';
}

/** "Phường Ba Đình · Phường · mã 00004" or, read by id, "Phường Ba Đình (Thành phố Hà Nội)". */
export function unitLabel(t: TFunction, unit: PickedUnit): string {
  const type = unit.unitType ? t(`org.unitTypes.${unit.unitType}`, { defaultValue: unit.unitType }) : '';
  const parts = [
    unit.name,
    ...(type ? [type] : []),
    ...(unit.code ? [t('unitPicker.code', { code: unit.code })] : []),
  ];
  const label = parts.join(' · ');
  const parents = unit.ancestors ?? [];
  return parents.length > 0 ? t('unitPicker.withParents', { label, parents: parents.join(' › ') }) : label;
}

function fromView(unit: OrgUnitView): PickedUnit {
  return { id: unit.id, name: unit.name, unitType: unit.unitType, code: unit.code };
}

/**
 * Picks one unit in force on `asOf` (default: today), searching by name with or without
 * accents, or by code (`GET /api/v1/org/units?q&asOf`). A chosen unit known only by its id is
 * read once (`GET /api/v1/org/units/:id?asOf`) for its name and the units above it.
 */
export function UnitPicker({
  id,
  value,
  onChange,
  asOf,
  initialLabel,
  placeholder,
  allowClear = true,
  disabled,
  ...aria
}: UnitPickerProps) {
  const { t } = useTranslation();
  const day = asOf ?? vietnamLocalDate(new Date()) ?? '';
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const known = useRef(new Map<string, PickedUnit>());

  const search = useQuery({
    queryKey: ['org', 'picker', day, q],
    queryFn: ({ signal }) => api.get<OrgUnitPage>(UNITS_PATH, { query: { q, asOf: day, limit: 20 }, signal }),
    enabled: q.length > 0,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
  const needsLabel = !!value && !initialLabel && !known.current.has(value);
  const chosen = useQuery({
    queryKey: ['org', 'picker-unit', value, day],
    queryFn: ({ signal }) =>
      api.get<OrgUnitDetail>(`${UNITS_PATH}/${value}`, { query: { asOf: day }, signal }),
    enabled: needsLabel,
    staleTime: 5 * 60_000,
    retry: false,
  });

  for (const unit of search.data?.items ?? []) {
    if (!known.current.get(unit.id)?.ancestors) known.current.set(unit.id, fromView(unit));
  }
  if (chosen.data) {
    known.current.set(chosen.data.id, {
      ...fromView(chosen.data),
      ancestors: chosen.data.ancestors.map((unit) => unit.name),
    });
  }

  const found = q ? (search.data?.items ?? []).map(fromView) : [];
  const current: PickedUnit[] = [];
  if (value && !found.some((unit) => unit.id === value)) {
    const unit = known.current.get(value) ?? (initialLabel ? { id: value, name: initialLabel } : undefined);
    if (unit) current.push(unit);
  }
  const options = [...current, ...found].map((unit) => ({ value: unit.id, label: unitLabel(t, unit) }));

  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      onClear={() => onChange?.(null)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setText, autoClearSearchValue: true }}
      loading={search.isFetching || chosen.isFetching}
      allowClear={allowClear}
      disabled={disabled}
      placeholder={placeholder ?? t('unitPicker.placeholder')}
      notFoundContent={
        q
          ? search.isFetching
            ? t('unitPicker.searching')
            : t('unitPicker.noMatch')
          : t('unitPicker.typeToSearch')
      }
      popupMatchSelectWidth={false}
      {...aria}
    />
  );
}
