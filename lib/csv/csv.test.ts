import { describe, expect, it } from "vitest";
import { csvRows, csvStream, neutraliseCell } from "./csv";

describe("CSV cells", () => {
  it.each([
    ["=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"],
    ["+86 138 0013 8000", "'+86 138 0013 8000"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\r=1", "'\r=1"],
    [" =1+1", "' =1+1"],
    ["\u200b@SUM(A1)", "'\u200b@SUM(A1)"],
    ["\u202e=1+1", "'=1+1"],
    ["张伟\u202egnp.exe", "张伟gnp.exe"],
    ["\u2066+86 138\u2069", "'+86 138"],
  ])("neutralises %j", (input, expected) => expect(neutraliseCell(input)).toBe(expected));

  it("leaves ordinary values alone", () => {
    expect(neutraliseCell("张伟")).toBe("张伟");
    expect(neutraliseCell("a=b")).toBe("a=b");
    expect(neutraliseCell(null)).toBe("");
    expect(neutraliseCell(42)).toBe("42");
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(csvRows([["Wilson, Tom", 'say "hi"', "x\ny"]])).toBe('"Wilson, Tom","say ""hi""","x\ny"\r\n');
  });
});

describe("CSV stream", () => {
  it("starts with a UTF-8 BOM and the header, then streams each batch", async () => {
    async function* batches() {
      yield [["张伟", "=1+1"]];
      yield [];
      yield [["Tom", "ok"]];
    }
    const bytes = new Uint8Array(await new Response(csvStream(["Name", "Note"], batches())).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text).toBe("\uFEFFName,Note\r\n张伟,'=1+1\r\nTom,ok\r\n");
  });
});
