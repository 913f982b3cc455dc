import { SearchOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { type FormEvent, useEffect, useId, useState } from 'react';
import './procedures.css';

interface ProcedureSearchFormProps {
  label: string;
  placeholder: string;
  buttonLabel: string;
  initialValue?: string;
  size?: 'middle' | 'large';
  onSearch: (q: string) => void;
}

/** A search landmark with a visible label: used by the home page hero and the catalogue. */
export function ProcedureSearchForm({
  label,
  placeholder,
  buttonLabel,
  initialValue = '',
  size = 'large',
  onSearch,
}: ProcedureSearchFormProps) {
  const id = useId();
  const [value, setValue] = useState(initialValue);
  useEffect(() => setValue(initialValue), [initialValue]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(value.trim().normalize('NFC'));
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> needs 2023+ browsers; role="search" works everywhere
    <form role="search" className="procedure-search" onSubmit={submit}>
      <label htmlFor={id} className="procedure-search__label">
        {label}
      </label>
      <div className="procedure-search__row">
        <Input
          id={id}
          type="search"
          size={size}
          value={value}
          placeholder={placeholder}
          maxLength={200}
          enterKeyHint="search"
          onChange={(event) => setValue(event.target.value)}
        />
        <Button type="primary" htmlType="submit" size={size} icon={<SearchOutlined aria-hidden="true" />}>
          {buttonLabel}
        </Button>
      </div>
    </form>
  );
}
