export { documentFree, isDocumentFree } from './documentFree'
export { anyone, nobody, type Organisation, type OrganisationOptions, resolveOrganisation, type SuiteRole } from './organisation'
export { requireRole } from './requireRole'
