import { Inject, Injectable } from '@nestjs/common';
import { DataFileStore } from '../../../common/files/data-file-store.js';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';

/** Evidence files of activities: `<DATA_DIR>/activities/<planId>/<uuid>`. */
@Injectable()
export class ActivityFileStore extends DataFileStore {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config.dataDir, 'activities');
  }
}
