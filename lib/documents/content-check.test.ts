import { describe, expect, it } from "vitest";
import { ContentInspector, inspectBytes } from "./content-check";
import { sampleExe, sampleHeic, sampleHtml, sampleJpeg, samplePdf, samplePng, sampleSvg, sampleWebp } from "./testing/samples";

async function inChunks(bytes: Uint8Array, size: number) {
  const inspector = new ContentInspector();
  for (let i = 0; i < bytes.length; i += size) inspector.push(bytes.subarray(i, i + size));
  return inspector.verdict();
}

describe("type by content", () => {
  it.each([
    ["PDF", samplePdf(), "application/pdf"],
    ["PNG", samplePng(), "image/png"],
    ["JPEG", sampleJpeg(), "image/jpeg"],
    ["WebP", sampleWebp(), "image/webp"],
    ["HEIC", sampleHeic(), "image/heic"],
  ])("accepts a complete %s by its magic bytes", async (_label, bytes, mime) => {
    expect(await inspectBytes(bytes)).toEqual(expect.objectContaining({ ok: true, mime }));
    // The same verdict however the bytes arrive over the network.
    expect(await inChunks(bytes, 1)).toEqual(expect.objectContaining({ ok: true, mime }));
    expect(await inChunks(bytes, 7)).toEqual(expect.objectContaining({ ok: true, mime }));
  });

  it("refuses an executable whatever it is called", async () => {
    expect(await inspectBytes(sampleExe())).toEqual({ ok: false, reason: "unsupported" });
  });

  it("refuses SVG and HTML, which could carry scripts", async () => {
    expect(await inspectBytes(sampleSvg())).toEqual({ ok: false, reason: "unsupported" });
    expect(await inspectBytes(sampleHtml())).toEqual({ ok: false, reason: "unsupported" });
  });

  it("refuses an empty file", async () => {
    expect(await inspectBytes(new Uint8Array(0))).toEqual({ ok: false, reason: "empty" });
  });

  it.each([
    ["PDF", samplePdf()],
    ["PNG", samplePng()],
    ["JPEG", sampleJpeg()],
    ["WebP", sampleWebp()],
    ["HEIC", sampleHeic()],
  ])("refuses a truncated %s", async (_label, bytes) => {
    const cut = bytes.subarray(0, bytes.length - 6);
    expect(await inspectBytes(cut)).toEqual({ ok: false, reason: "truncated" });
    expect(await inChunks(cut, 3)).toEqual({ ok: false, reason: "truncated" });
  });

  it("refuses a header with nothing after it", async () => {
    expect((await inspectBytes(samplePng().subarray(0, 16))).ok).toBe(false);
    expect((await inspectBytes(Uint8Array.from([0xff, 0xd8, 0xff]))).ok).toBe(false);
  });
});
