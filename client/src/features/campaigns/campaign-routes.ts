/** The campaign pages in one lazy chunk (they share the campaign's queries and styles). */
export { AuditPage } from './components/audit-page';
export { CampaignPage } from './components/campaign-page';
export { CampaignsPage } from './components/campaigns-page';
export { RankingsPage } from './components/rankings-page';
export { ReviewQueuePage } from './components/review-queue-page';
export { SheetPage } from './components/sheet-page';
