import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';

/**
 * Where uploaded files (workshop photos) are kept. Keys are relative paths of lower-case letters,
 * digits, dashes, dots and slashes, e.g. "workshops/<workshopId>/<attachmentId>.jpg". The disk
 * implementation is the default; an S3-compatible store can implement the same three methods.
 */
export interface AttachmentStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the file; nothing happens when it does not exist. */
  delete(key: string): Promise<void>;
}

export const ATTACHMENT_STORAGE = Symbol('ATTACHMENT_STORAGE');

const KEY_PATTERN = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

export function checkStorageKey(key: string): string {
  if (!KEY_PATTERN.test(key) || key.split('/').some((part) => part === '..' || part === '.')) throw new Error(`Not a storage key: ${key}`);
  return key;
}

/** Files under `<MEDSKAPA_DATA_DIR>/uploads/`; written to a temporary name and renamed, so a reader never sees half a file. */
@Injectable()
export class DiskAttachmentStorage implements AttachmentStorage {
  readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = resolve(config.dataDir, 'uploads');
  }

  pathOf(key: string): string {
    const path = resolve(this.root, checkStorageKey(key));
    if (!path.startsWith(this.root + sep)) throw new Error(`Not a storage key: ${key}`);
    return path;
  }

  async put(key: string, body: Buffer, _contentType: string): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = join(dirname(path), `.${randomUUID()}.part`);
    await writeFile(temporary, body, { mode: 0o640 });
    await rename(temporary, path);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
