import { Inject, Injectable } from '@nestjs/common';
import { DataFileStore } from '../../../common/files/data-file-store.js';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';

/** Question images: `<DATA_DIR>/question-images/<hash>/<width>.webp`, named by the server only. */
@Injectable()
export class QuestionImageStore extends DataFileStore {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config.dataDir, 'question-images');
  }

  static relative(hash: string, width: number): string {
    return `question-images/${hash}/${width}.webp`;
  }

  /** The same hash always gives the same bytes: a file already there (an upload racing this one) is kept. */
  async saveWidth(hash: string, width: number, content: Buffer): Promise<string> {
    try {
      return await this.saveAs(hash, `${width}.webp`, content);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return QuestionImageStore.relative(hash, width);
      throw error;
    }
  }
}
