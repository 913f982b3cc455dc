/** What other features may use from the my-dossiers feature. */
export { DeadlineTags, DossierStateTag } from './state-tag.tsx';
