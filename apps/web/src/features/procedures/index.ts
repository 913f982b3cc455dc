/** What other features may use from the procedures feature. */
export { ProcedureSearchForm } from './procedure-search-form.tsx';
