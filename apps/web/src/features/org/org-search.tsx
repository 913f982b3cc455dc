import { Button, Input, Tag } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { unitTypeLabel } from './org-labels.ts';
import { useOrgSearch } from './queries.ts';

interface OrgSearchProps {
  asOf: string;
  onSelect: (unitId: string) => void;
}

/**
 * Search by name without accents or case, or by code (`q`), among the units in force on the day;
 * choosing a result selects it in the tree.
 */
export function OrgSearch({ asOf, onSelect }: OrgSearchProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const search = useOrgSearch(asOf, query);
  const resultsId = `${id}-results`;

  return (
    <div className="org-search">
      <label htmlFor={id} className="org-search__label">
        {t('org.search')}
      </label>
      <Input.Search
        id={id}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value === '') setQuery('');
        }}
        onSearch={(value) => setQuery(value.trim())}
        placeholder={t('org.searchPlaceholder')}
        enterButton={t('org.searchButton')}
        allowClear
        aria-controls={resultsId}
        maxLength={100}
      />
      <div id={resultsId} aria-live="polite">
        {query && search.isError && <ProblemAlert error={search.error} title={t('org.searchFailed')} />}
        {query && search.data && (
          <>
            <p className="org-search__count">{t('org.searchCount', { n: search.data.total, q: query })}</p>
            {search.data.items.length > 0 && (
              <ul className="org-search__results">
                {search.data.items.map((unit) => (
                  <li key={unit.id}>
                    <Button type="link" className="org-search__result" onClick={() => onSelect(unit.id)}>
                      {unit.name}
                    </Button>
                    <Tag>{unitTypeLabel(t, unit.unitType)}</Tag>
                    {unit.code && (
                      <span className="org-search__code">{t('org.codeShort', { code: unit.code })}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}
