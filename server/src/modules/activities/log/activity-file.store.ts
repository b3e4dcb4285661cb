import { randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';

/** Evidence files of activities under <DATA_DIR>/activities/<planId>/<uuid>; names are never the uploader's. */
@Injectable()
export class ActivityFileStore {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async save(planId: string, content: Buffer): Promise<string> {
    const relative = ['activities', planId, randomUUID()].join('/');
    const absolute = this.absolute(relative);
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, content, { flag: 'wx', mode: 0o640 });
    return relative;
  }

  async remove(relative: string): Promise<void> {
    await rm(this.absolute(relative), { force: true });
  }

  open(relative: string): ReadStream {
    return createReadStream(this.absolute(relative));
  }

  private absolute(relative: string): string {
    const root = resolve(this.config.dataDir, 'activities');
    const path = resolve(this.config.dataDir, ...relative.split('/'));
    if (!path.startsWith(root + sep)) throw new Error('Evidence path outside the activities folder');
    return join(path);
  }
}
