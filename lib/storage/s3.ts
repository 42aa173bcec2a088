import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import fs from "node:fs";
import { Readable, Transform } from "node:stream";
import { assertSafeKey, type ObjectStorage, type StoredObject } from "./types";

export type S3Settings = {
  bucket: string;
  endpoint?: string;
  region?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle?: boolean;
};

function exactLength(expected: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > expected ? new Error(`more than ${expected} bytes`) : null, chunk);
    },
    flush(done) {
      done(seen === expected ? null : new Error(`got ${seen} bytes, expected ${expected}`));
    },
  });
}

function isMissing(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === "NoSuchKey" || e.name === "NotFound" || e.$metadata?.httpStatusCode === 404;
}

/** Any S3-compatible service (AWS, MinIO, Aliyun OSS, Tencent COS in S3 mode ...). */
export class S3Storage implements ObjectStorage {
  readonly kind = "s3" as const;
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(settings: S3Settings) {
    const config: S3ClientConfig = {
      region: settings.region ?? "us-east-1",
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle ?? Boolean(settings.endpoint),
      // Many S3-compatible services (MinIO, OSS, COS) reject the SDK's default streaming checksums.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    };
    if (settings.accessKeyId && settings.secretAccessKey) {
      config.credentials = { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey };
    }
    this.client = new S3Client(config);
    this.bucket = settings.bucket;
  }

  async putFile(key: string, file: string, info: { size: number; contentType: string }): Promise<void> {
    assertSafeKey(key);
    const body = fs.createReadStream(file);
    try {
      await this.put(key, body, info);
    } finally {
      body.destroy();
    }
  }

  async put(key: string, body: Readable | Uint8Array, info: { size: number; contentType: string }): Promise<void> {
    assertSafeKey(key);
    if (body instanceof Uint8Array && body.length !== info.size) throw new Error(`got ${body.length} bytes, expected ${info.size}`);
    // A single PUT with a known length: S3 makes the object visible only when it is complete. A
    // source that ends short fails the request instead of leaving the server waiting for bytes.
    const abort = new AbortController();
    let failure: Error | undefined;
    const fail = (error: Error) => {
      failure ??= error;
      abort.abort();
    };
    // pipe() does not pass on the source's errors (a file that cannot be read): they fail the PUT too.
    const checked = body instanceof Uint8Array ? body : body.on("error", fail).pipe(exactLength(info.size)).on("error", fail);
    try {
      await this.client.send(
        new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: checked, ContentLength: info.size, ContentType: info.contentType }),
        { abortSignal: abort.signal },
      );
    } catch (error) {
      await this.discard(key);
      throw failure ?? error;
    }
    const stored = await this.stat(key);
    if (stored?.size !== info.size) {
      await this.discard(key);
      throw new Error(`stored ${stored?.size ?? "no"} bytes, expected ${info.size}`);
    }
  }

  /**
   * Removes what a failed PUT may have left: some servers (s3rver, proxies) still store a truncated
   * object after the client gave up, sometimes a moment later, so the key is deleted again after a
   * second. Anything later still has no row and goes with the orphan sweep.
   */
  private async discard(key: string): Promise<void> {
    const remove = () => this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key })).catch(() => undefined);
    await remove();
    setTimeout(() => void remove(), 1000).unref();
  }

  async get(key: string): Promise<Readable | null> {
    assertSafeKey(key);
    try {
      const result = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const body = result.Body;
      if (!body) return null;
      return body instanceof Readable ? body : Readable.fromWeb(body.transformToWebStream() as never);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async stat(key: string): Promise<StoredObject | null> {
    assertSafeKey(key);
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { key, size: head.ContentLength ?? 0, modified: head.LastModified ?? new Date(0) };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertSafeKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async *list(prefix: string): AsyncIterable<StoredObject> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: `${prefix}/`, ContinuationToken: token }),
      );
      for (const item of page.Contents ?? []) {
        if (item.Key) yield { key: item.Key, size: item.Size ?? 0, modified: item.LastModified ?? new Date(0) };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  destroy(): void {
    this.client.destroy();
  }
}
