import { Inject, Injectable } from '@nestjs/common';
import { DataFileStore } from '../../../common/files/data-file-store.js';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';

/** Score-sheet evidence files: `<DATA_DIR>/evidence/<campaignId>/<uuid>`. */
@Injectable()
export class EvidenceFileStore extends DataFileStore {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config.dataDir, 'evidence');
  }
}
