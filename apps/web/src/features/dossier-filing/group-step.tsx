import Form from '@rjsf/antd';
import { type ErrorSchema, mergeObjects, type RJSFValidationError } from '@rjsf/utils';
import { useMemo } from 'react';
import { type FormValues, groupSchema, groupUiSchema, type PrefillMark, pickFields } from './form-schema.ts';
import { formValidator } from './form-validator.ts';
import {
  FilingBaseInputTemplate,
  FilingFieldTemplate,
  FilingObjectTemplate,
  VietnameseDateWidget,
} from './rjsf-theme.tsx';
import { toVietnameseErrors } from './vi-errors.ts';

type Json = Record<string, unknown>;

/** The id prefix of the e-form's fields: `tk_<field>_<sub>`. */
export const FIELD_ID_PREFIX = 'tk';

const TEMPLATES = {
  BaseInputTemplate: FilingBaseInputTemplate,
  FieldTemplate: FilingFieldTemplate,
  ObjectFieldTemplate: FilingObjectTemplate,
};
const WIDGETS = { DateWidget: VietnameseDateWidget, date: VietnameseDateWidget };
/** Read-only (identity) fields stay readable and focusable instead of greyed out. */
const FORM_CONTEXT = { readonlyAsDisabled: false, descriptionLocation: 'below' };

export interface GroupValidation {
  errors: RJSFValidationError[];
  errorSchema: ErrorSchema | undefined;
}

/** Validates one question group's fields, with Vietnamese messages. */
export function validateGroup(
  schema: Json,
  uiSchema: Json,
  fields: readonly string[],
  data: FormValues,
): GroupValidation {
  const sub = groupSchema(schema, fields);
  const ui = groupUiSchema(uiSchema, fields, {});
  const result = formValidator.validateFormData(
    pickFields(data, fields),
    sub,
    undefined,
    toVietnameseErrors,
    ui,
  );
  return { errors: result.errors, errorSchema: result.errors.length > 0 ? result.errorSchema : undefined };
}

/** The id of the input an error is about (`.child.fullName` → `tk_child_fullName`). */
export function fieldIdOf(error: RJSFValidationError): string {
  const path = (error.property ?? '').replace(/^\./, '').split('.').filter(Boolean);
  return [FIELD_ID_PREFIX, ...path].join('_');
}

export function mergeErrorSchemas(
  a: ErrorSchema | undefined,
  b: ErrorSchema | undefined,
): ErrorSchema | undefined {
  if (!a) return b;
  if (!b) return a;
  return mergeObjects(a as Json, b as Json, true) as ErrorSchema;
}

interface GroupStepProps {
  schema: Json;
  uiSchema: Json;
  fields: readonly string[];
  marks: Record<string, PrefillMark>;
  data: FormValues;
  errors: ErrorSchema | undefined;
  onChange: (groupData: FormValues) => void;
  /** Enter in a field: go to the next step. */
  onSubmit: () => void;
}

/** One question group of the e-form, rendered by @rjsf (Ant Design theme). */
export function GroupStep({
  schema,
  uiSchema,
  fields,
  marks,
  data,
  errors,
  onChange,
  onSubmit,
}: GroupStepProps) {
  const sub = useMemo(() => groupSchema(schema, fields), [schema, fields]);
  const ui = useMemo(() => groupUiSchema(uiSchema, fields, marks), [uiSchema, fields, marks]);
  const value = useMemo(() => pickFields(data, fields), [data, fields]);
  return (
    <Form
      className="filing-form"
      schema={sub}
      uiSchema={ui}
      formData={value}
      validator={formValidator}
      extraErrors={errors}
      showErrorList={false}
      noHtml5Validate
      noValidate
      idPrefix={FIELD_ID_PREFIX}
      templates={TEMPLATES}
      widgets={WIDGETS}
      formContext={FORM_CONTEXT}
      transformErrors={toVietnameseErrors}
      onChange={(event) => onChange((event.formData ?? {}) as FormValues)}
      onSubmit={() => onSubmit()}
    />
  );
}
