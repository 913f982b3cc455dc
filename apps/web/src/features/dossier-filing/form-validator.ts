import {
  type CustomValidator,
  type ErrorTransformer,
  ID_KEY,
  JUNK_OPTION_ID,
  type RJSFSchema,
  type UiSchema,
  type ValidationData,
  type ValidatorType,
} from '@rjsf/utils';
import processRawValidationErrors from '@rjsf/validator-ajv8/lib/processRawValidationErrors.js';
import { checkSchema, type SchemaError } from './schema-check.ts';

type Data = Record<string, unknown>;

/**
 * The e-form's validator for @rjsf: @rjsf/validator-ajv8's error processing (titles in messages,
 * error schema per field) over {@link checkSchema}, which needs no `eval` — the browser runs under
 * a Content-Security-Policy without 'unsafe-eval', where Ajv cannot compile.
 */
export class FormValidator implements ValidatorType<Data> {
  rawValidation<Result = SchemaError>(
    schema: RJSFSchema,
    formData?: Data,
  ): { errors?: Result[]; validationError?: Error } {
    try {
      return { errors: checkSchema(schema, formData) as Result[] };
    } catch (error) {
      return { validationError: error instanceof Error ? error : new Error(String(error)) };
    }
  }

  validateFormData(
    formData: Data | undefined,
    schema: RJSFSchema,
    customValidate?: CustomValidator<Data>,
    transformErrors?: ErrorTransformer<Data>,
    uiSchema?: UiSchema<Data>,
  ): ValidationData<Data> {
    const raw = this.rawValidation<SchemaError>(schema, formData);
    return processRawValidationErrors(this, raw, formData, schema, customValidate, transformErrors, uiSchema);
  }

  isValid(schema: RJSFSchema, formData: Data | undefined, rootSchema: RJSFSchema): boolean {
    if (schema[ID_KEY] === JUNK_OPTION_ID) return false;
    try {
      return checkSchema(schema, formData, rootSchema).length === 0;
    } catch {
      return false;
    }
  }

  reset(): void {}
}

export const formValidator = new FormValidator();
