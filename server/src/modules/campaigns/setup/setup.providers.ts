import { CriteriaSetsService } from './criteria-sets.service.js';
import { IndicatorTreeFileService } from './indicator-tree-file.service.js';
import { IndicatorTreeFilesController } from './indicator-tree-files.controller.js';

/** The setup's services and file routes beyond the campaign and its tree (registered by CampaignsModule). */
export const SETUP_PROVIDERS = [CriteriaSetsService, IndicatorTreeFileService];
export const SETUP_CONTROLLERS = [IndicatorTreeFilesController];
