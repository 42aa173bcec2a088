import path from "node:path";
import { LocalStorage } from "./local";
import { S3Storage } from "./s3";
import type { ObjectStorage } from "./types";

export type { ObjectStorage, StoredObject } from "./types";
export { LocalStorage, S3Storage };

/** The local folder used when no bucket is configured (UPLOADS_DIR overrides ./.data/uploads). */
export function uploadsDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.UPLOADS_DIR ?? ".data/uploads");
}

function fromEnvironment(): ObjectStorage {
  const bucket = process.env.S3_BUCKET;
  if (!bucket) return new LocalStorage(uploadsDir());
  return new S3Storage({
    bucket,
    endpoint: process.env.S3_ENDPOINT || undefined,
    region: process.env.S3_REGION || undefined,
    accessKeyId: process.env.S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: process.env.S3_SECRET_ACCESS_KEY || undefined,
    forcePathStyle: process.env.S3_FORCE_PATH_STYLE ? process.env.S3_FORCE_PATH_STYLE === "true" || process.env.S3_FORCE_PATH_STYLE === "1" : undefined,
  });
}

// One client per process (Next may evaluate this module several times).
const holder = globalThis as typeof globalThis & { __accordStorage?: ObjectStorage };

export function storage(): ObjectStorage {
  holder.__accordStorage ??= fromEnvironment();
  return holder.__accordStorage;
}

/** Tests point the app at a folder or a local S3 server of their own. */
export function setStorageForTests(instance: ObjectStorage | undefined): void {
  holder.__accordStorage = instance;
}
