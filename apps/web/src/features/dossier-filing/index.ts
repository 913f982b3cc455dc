/** What other features may use from the dossier-filing feature. */
export { dossierHref } from './filing-result.tsx';
export { ACCEPTED_FILES, formatFileSize, PartUpload } from './part-upload.tsx';
export { deskFilingHref, filingHref, uploadFile } from './queries.ts';
