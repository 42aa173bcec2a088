import { randomUUID } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { assertSafeKey, type ObjectStorage, type StoredObject } from "./types";

// Half-written files go here and are renamed into place when complete, so a reader never sees a
// partial object; leftovers from a crash are removed by the orphan sweep.
const PARTIAL = ".partial";

export class LocalStorage implements ObjectStorage {
  readonly kind = "local" as const;
  constructor(private readonly root: string) {}

  private file(key: string): string {
    assertSafeKey(key);
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, body: Readable | Uint8Array, info: { size: number }): Promise<void> {
    await this.complete(key, info.size, (partial) =>
      pipeline(body instanceof Uint8Array ? Readable.from([body]) : body, fs.createWriteStream(partial, { flags: "wx", mode: 0o600 })),
    );
  }

  async putFile(key: string, file: string, info: { size: number }): Promise<void> {
    await this.complete(key, info.size, async (partial) => {
      await fsp.copyFile(file, partial, fs.constants.COPYFILE_EXCL);
      await fsp.chmod(partial, 0o600);
    });
  }

  /** Writes a partial file with `write`, checks its size and renames it into place. */
  private async complete(key: string, size: number, write: (partial: string) => Promise<void>): Promise<void> {
    const target = this.file(key);
    const partial = path.join(this.root, PARTIAL, randomUUID());
    await fsp.mkdir(path.dirname(partial), { recursive: true });
    try {
      await write(partial);
      const written = (await fsp.stat(partial)).size;
      if (written !== size) throw new Error(`wrote ${written} bytes, expected ${size}`);
      await fsp.mkdir(path.dirname(target), { recursive: true });
      await fsp.rename(partial, target);
    } catch (error) {
      await fsp.rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable | null> {
    const file = this.file(key);
    try {
      const handle = await fsp.open(file, "r");
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async stat(key: string): Promise<StoredObject | null> {
    try {
      const s = await fsp.stat(this.file(key));
      return s.isFile() ? { key, size: s.size, modified: s.mtime } : null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await fsp.rm(this.file(key), { force: true });
  }

  async *list(prefix: string): AsyncIterable<StoredObject> {
    const dir = prefix === PARTIAL ? path.join(this.root, PARTIAL) : this.file(prefix);
    let entries: fs.Dirent[];
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    for (const entry of entries) {
      const key = `${prefix}/${entry.name}`;
      if (entry.isDirectory()) {
        yield* this.list(key);
      } else if (entry.isFile()) {
        const s = await fsp.stat(path.join(dir, entry.name));
        yield { key, size: s.size, modified: s.mtime };
      }
    }
  }

  /** Removes half-written files older than the cut-off (a crash mid-upload leaves them behind). */
  async sweepPartials(olderThan: Date): Promise<number> {
    let removed = 0;
    for await (const object of this.list(PARTIAL)) {
      if (object.modified < olderThan) {
        await fsp.rm(path.join(this.root, ...object.key.split("/")), { force: true });
        removed++;
      }
    }
    return removed;
  }
}
