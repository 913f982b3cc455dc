import { CloudDownloadOutlined, LockOutlined } from '@ant-design/icons';
import { Templates } from '@rjsf/antd';
import {
  ariaDescribedByIds,
  type BaseInputTemplateProps,
  type FieldTemplateProps,
  getTemplate,
  getUiOptions,
  type ObjectFieldTemplateProps,
  type WidgetProps,
} from '@rjsf/utils';
import { DatePicker, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

/** Shown under a prefilled field: where the value came from (and, for identity data, that it is read-only). */
function PrefillNote({ label, locked }: { label: string; locked: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="filing-prefill">
      <span className="filing-prefill__tag">
        {locked ? <LockOutlined aria-hidden="true" /> : <CloudDownloadOutlined aria-hidden="true" />}{' '}
        {t('filing.prefill.from', { source: label })}
      </span>
      {locked ? <span className="filing-prefill__locked">{t('filing.prefill.locked')}</span> : null}
    </span>
  );
}

const FULL_WIDTH = { span: 24 };

/**
 * The field template of the e-form (antd layout): label, the field, its errors, its description,
 * and — for prefilled fields (`ui:prefillLabel`) — the source of the value. Unlike the antd theme's
 * template, errors stay visible on fields that have help text. The help and prefill note carry the
 * id `<field>__help`, which the widgets name in `aria-describedby`.
 */
export function FilingFieldTemplate(props: FieldTemplateProps) {
  const { children, description, displayLabel, errors, hidden, id, label, rawErrors, rawDescription } = props;
  const { rawHelp, registry, required, schema, uiSchema } = props;
  const options = getUiOptions(uiSchema);
  const WrapIfAdditionalTemplate = getTemplate('WrapIfAdditionalTemplate', registry, options);
  if (hidden) return <div className="rjsf-field-hidden">{children}</div>;
  const prefillLabel = typeof options.prefillLabel === 'string' ? options.prefillLabel : undefined;
  const isObject = schema.type === 'object' || schema.type === 'array';
  const notes =
    rawHelp || prefillLabel ? (
      <div id={`${id}__help`} className="filing-field__help">
        {rawHelp ? <span>{rawHelp}</span> : null}
        {prefillLabel ? <PrefillNote label={prefillLabel} locked={options.readonly === true} /> : null}
      </div>
    ) : null;
  const extra =
    rawDescription || notes ? (
      <>
        {rawDescription ? description : null}
        {notes}
      </>
    ) : undefined;
  return (
    <WrapIfAdditionalTemplate {...props}>
      <Form.Item
        htmlFor={isObject ? undefined : id}
        label={displayLabel && options.widget !== 'checkbox' ? label : undefined}
        required={required}
        validateStatus={rawErrors?.length ? 'error' : undefined}
        help={rawErrors?.length ? errors : undefined}
        extra={extra}
        labelCol={FULL_WIDTH}
        wrapperCol={FULL_WIDTH}
      >
        {children}
      </Form.Item>
    </WrapIfAdditionalTemplate>
  );
}

const DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'YYYY-MM-DD'];

/** Dates as people in Vietnam write them (dd/mm/yyyy), stored as `YYYY-MM-DD`. */
export function VietnameseDateWidget(props: WidgetProps) {
  const { disabled, id, onBlur, onChange, onFocus, placeholder, readonly, value, required } = props;
  return (
    <DatePicker
      id={id}
      name={id}
      format={DATE_FORMATS}
      placeholder={placeholder || 'dd/mm/yyyy'}
      disabled={disabled}
      inputReadOnly={readonly}
      open={readonly ? false : undefined}
      allowClear={!readonly}
      value={value ? dayjs(String(value)) : null}
      onChange={(next) => {
        if (!readonly) onChange(next ? next.format('YYYY-MM-DD') : undefined);
      }}
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
      style={{ width: '100%' }}
      aria-describedby={ariaDescribedByIds(id)}
      aria-required={required || undefined}
      aria-readonly={readonly || undefined}
    />
  );
}

/**
 * Objects of the e-form (a person, an address…) as a fieldset named by its legend; the group's
 * root object as a plain container (the step's heading names it).
 */
export function FilingObjectTemplate({
  fieldPathId,
  title,
  description,
  properties,
}: ObjectFieldTemplateProps) {
  const content = properties
    .filter((property) => !property.hidden)
    .map((property) => (
      <div key={property.name} className="filing-form__field">
        {property.content}
      </div>
    ));
  if (!title) return <div id={fieldPathId.$id}>{content}</div>;
  return (
    <fieldset id={fieldPathId.$id} className="filing-form__object">
      <legend>{title}</legend>
      {description ? <div className="filing-form__description">{description}</div> : null}
      {content}
    </fieldset>
  );
}

const AntdBaseInputTemplate = Templates.BaseInputTemplate;

/**
 * Text inputs of the antd theme, except that a read-only field (identity data) is a real
 * read-only input: focusable, readable, and not editable (the theme only drops its onChange).
 */
export function FilingBaseInputTemplate(props: BaseInputTemplateProps) {
  const { id, htmlName, readonly, value, required } = props;
  if (!readonly || !AntdBaseInputTemplate) {
    return AntdBaseInputTemplate ? <AntdBaseInputTemplate {...props} /> : null;
  }
  return (
    <Input
      id={id}
      name={htmlName || id}
      value={value ?? ''}
      readOnly
      aria-readonly
      aria-required={required || undefined}
      aria-describedby={ariaDescribedByIds(id)}
    />
  );
}
