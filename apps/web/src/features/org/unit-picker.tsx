import { Select } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../lib/use-debounced.ts';
import { unitTypeLabel } from './org-labels.ts';
import { type OrgUnitView, useOrgSearch } from './queries.ts';

interface UnitPickerProps {
  /** The day the units must be in force on (`YYYY-MM-DD`). */
  asOf: string;
  /** Set by Form.Item. */
  id?: string;
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null) => void;
  multiple?: boolean;
  /** Told about the chosen units (for defaults of other fields). */
  onUnits?: (units: OrgUnitView[]) => void;
  placeholder?: string;
  allowClear?: boolean;
  'aria-invalid'?: boolean;
}

/**
 * Picks one unit (or several) in force on `asOf`, by name without accents or by code
 * (`GET /api/v1/org/units?q&asOf`). Chosen units keep their labels while the search changes.
 */
export function UnitPicker({
  asOf,
  id,
  value,
  onChange,
  multiple = false,
  onUnits,
  placeholder,
  allowClear = true,
  ...aria
}: UnitPickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text, 250);
  const search = useOrgSearch(asOf, q);
  const known = useRef(new Map<string, OrgUnitView>());
  for (const unit of search.data?.items ?? []) known.current.set(unit.id, unit);

  const selectedIds = useMemo(() => (Array.isArray(value) ? value : value ? [value] : []), [value]);
  const options = useMemo(() => {
    const found = q.trim() ? (search.data?.items ?? []) : [];
    const chosen = selectedIds.flatMap((unitId) => {
      const unit = known.current.get(unitId);
      return unit && !found.some((item) => item.id === unitId) ? [unit] : [];
    });
    return [...chosen, ...found].map((unit) => ({
      value: unit.id,
      label: unit.code
        ? t('orgWizard.unitOption', {
            name: unit.name,
            type: unitTypeLabel(t, unit.unitType),
            code: unit.code,
          })
        : t('orgWizard.unitOptionNoCode', { name: unit.name, type: unitTypeLabel(t, unit.unitType) }),
    }));
  }, [q, search.data, selectedIds, t]);

  const change = (next: string | string[] | undefined) => {
    const normalised = next === undefined ? (multiple ? [] : null) : next;
    onChange?.(normalised);
    const ids = Array.isArray(normalised) ? normalised : normalised ? [normalised] : [];
    onUnits?.(ids.flatMap((unitId) => known.current.get(unitId) ?? []));
  };

  return (
    <Select<string | string[]>
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={multiple ? selectedIds : (selectedIds[0] ?? undefined)}
      onChange={change}
      options={options}
      showSearch={{ filterOption: false, onSearch: setText, autoClearSearchValue: true }}
      loading={search.isFetching}
      allowClear={allowClear}
      placeholder={placeholder ?? t('orgWizard.pickerPlaceholder')}
      notFoundContent={
        q.trim()
          ? search.isFetching
            ? t('orgWizard.searching')
            : t('orgWizard.noMatch')
          : t('orgWizard.typeToSearch')
      }
      {...aria}
    />
  );
}
