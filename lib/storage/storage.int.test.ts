import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalStorage } from "./local";
import { startS3Server } from "./testing/s3-server";
import type { ObjectStorage } from "./types";

type Backend = { name: string; start: () => Promise<{ storage: ObjectStorage; stop: () => Promise<void> }> };

const backends: Backend[] = [
  {
    name: "local folder",
    start: async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "accord-local-"));
      return { storage: new LocalStorage(dir), stop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    },
  },
  { name: "S3-compatible (s3rver)", start: startS3Server },
];

describe.each(backends)("object storage: $name", ({ start }) => {
  let storage: ObjectStorage;
  let stop: () => Promise<void>;
  const ns = randomUUID();
  beforeAll(async () => {
    ({ storage, stop } = await start());
  });
  afterAll(() => stop());

  it("stores a streamed object and gives back the same bytes", async () => {
    const key = `${ns}/${randomUUID()}`;
    const content = "工资条 payslip ".repeat(1000);
    const bytes = Buffer.from(content);
    await storage.put(key, Readable.from([bytes.subarray(0, 100), bytes.subarray(100)]), { size: bytes.length, contentType: "application/pdf" });
    expect((await storage.stat(key))?.size).toBe(bytes.length);
    const body = await storage.get(key);
    expect(body && (await text(body))).toBe(content);
  });

  it("stores a spooled file and gives back the same bytes; refuses one of another length, leaving nothing", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "accord-spool-"));
    try {
      const file = path.join(dir, "upload");
      const bytes = Buffer.from("银行流水 bank statement\n".repeat(5000));
      fs.writeFileSync(file, bytes);
      const key = `${ns}/${randomUUID()}`;
      await storage.putFile(key, file, { size: bytes.length, contentType: "application/pdf" });
      const body = await storage.get(key);
      expect(body && Buffer.compare(Buffer.from(await new Response(Readable.toWeb(body) as ReadableStream).arrayBuffer()), bytes)).toBe(0);
      expect(fs.existsSync(file)).toBe(true); // the caller removes its spool file
      const short = `${ns}/${randomUUID()}`;
      await expect(storage.putFile(short, file, { size: bytes.length + 1, contentType: "application/pdf" })).rejects.toThrow();
      await expect.poll(() => storage.stat(short), { timeout: 5000, interval: 100 }).toBeNull();
      await expect(storage.putFile("../escape", file, { size: bytes.length, contentType: "application/pdf" })).rejects.toThrow(/unsafe/);
      const missing = `${ns}/${randomUUID()}`;
      await expect(storage.putFile(missing, path.join(dir, "gone"), { size: 10, contentType: "application/pdf" })).rejects.toThrow();
      await expect.poll(() => storage.stat(missing), { timeout: 5000, interval: 100 }).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("answers null for a missing object rather than failing", async () => {
    expect(await storage.get(`${ns}/${randomUUID()}`)).toBeNull();
    expect(await storage.stat(`${ns}/${randomUUID()}`)).toBeNull();
  });

  it("lists objects under a namespace only, and deletes them", async () => {
    const other = randomUUID();
    const keys = [`${ns}/${randomUUID()}`, `${ns}/${randomUUID()}`];
    for (const key of [...keys, `${other}/${randomUUID()}`]) await storage.put(key, Buffer.from("x"), { size: 1, contentType: "image/png" });
    const listed: string[] = [];
    for await (const object of storage.list(ns)) listed.push(object.key);
    expect(listed).toEqual(expect.arrayContaining(keys));
    expect(listed.every((k) => k.startsWith(`${ns}/`))).toBe(true);
    await storage.delete(keys[0]!);
    expect(await storage.stat(keys[0]!)).toBeNull();
    expect(await storage.stat(keys[1]!)).not.toBeNull();
  });

  it("refuses a write whose length is not what was announced, leaving nothing behind", async () => {
    const key = `${ns}/${randomUUID()}`;
    await expect(storage.put(key, Readable.from([Buffer.from("abc")]), { size: 10, contentType: "image/png" })).rejects.toThrow();
    // A server may finish storing the aborted request a moment after the client gave up; put()
    // deletes the key again, so it must be gone shortly and stay gone.
    await expect.poll(() => storage.stat(key), { timeout: 5000, interval: 100 }).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await storage.stat(key)).toBeNull();
  });

  it("refuses keys that could leave the storage area", async () => {
    for (const key of ["../etc/passwd", "/abs", "a/../../b", "a/.hidden", "x\u0000y"]) {
      await expect(storage.put(key, Buffer.from("x"), { size: 1, contentType: "image/png" })).rejects.toThrow(/unsafe/);
    }
  });
});
