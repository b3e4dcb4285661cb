import { randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';

/**
 * Uploaded files on disk under `<DATA_DIR>/<folder>/<group>/<uuid>`: never under a user-given
 * name, never outside the folder, never overwritten. A feature's store names its folder.
 */
export abstract class DataFileStore {
  protected constructor(
    private readonly dataDir: string,
    private readonly folder: string,
  ) {}

  /** Writes the file and returns its path relative to the data folder. */
  async save(group: string, content: Buffer): Promise<string> {
    return this.saveAs(group, randomUUID(), content);
  }

  /** Writes the file under a name the store chose (never a user's); refused if it exists. */
  protected async saveAs(group: string, name: string, content: Buffer): Promise<string> {
    const relative = [this.folder, group, name].join('/');
    const absolute = this.absolute(relative);
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, content, { flag: 'wx', mode: 0o640 });
    return relative;
  }

  async remove(relative: string): Promise<void> {
    await rm(this.absolute(relative), { force: true });
  }

  read(relative: string): Promise<Buffer> {
    return readFile(this.absolute(relative));
  }

  open(relative: string): ReadStream {
    return createReadStream(this.absolute(relative));
  }

  private absolute(relative: string): string {
    const root = resolve(this.dataDir, this.folder);
    const path = resolve(this.dataDir, ...relative.split('/'));
    if (!path.startsWith(root + sep)) throw new Error(`File path outside the ${this.folder} folder`);
    return path;
  }
}
