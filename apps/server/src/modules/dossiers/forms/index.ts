/**
 * PDF forms of a dossier (Circular 03/2025/TT-VPCP, Annex I) and its result document (Decree 30
 * layout), rendered with pdf-lib and an embedded Noto Sans. See ../README.md, "Deadlines and forms".
 */
export { type ControlSlipRow, listHandOffs } from './control-slip.ts';
export { type DossierForm, type RenderOptions, renderDossierForm } from './dossier-forms.ts';
export type {
  DossierFormContext,
  DossierFormEvent,
  FormUnit,
  RegisterContext,
  RegisterRow,
  ResultContext,
} from './form-context.ts';
export { renderRegister } from './register-form.ts';
export { renderResult } from './result-document.ts';
