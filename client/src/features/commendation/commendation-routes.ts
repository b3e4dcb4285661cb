/** The staff's commendation pages in one lazy chunk. */
export { CertificatesPage } from './components/certificates/certificates-page';
export { DocumentSettingsPage } from './components/documents/document-settings-page';
export { FormsPage } from './components/forms/forms-page';
export { RoundPage } from './components/rounds/round-page';
export { RoundsPage } from './components/rounds/rounds-page';
