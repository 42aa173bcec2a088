// Tiny but structurally complete files of each accepted type, built byte by byte for tests.

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const u32be = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const u32le = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];

export const samplePdf = (): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(ascii("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"));

// A real, decodable 1x1 PNG (correct CRCs), so browsers can show it in a preview.
export const samplePng = (): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="), (c) => c.charCodeAt(0));

export const sampleJpeg = (): Uint8Array<ArrayBuffer> =>
  Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...ascii("JFIF"), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xda, 0x00, 0x02, 0x12, 0x34, 0xff, 0xd9]);

export const sampleWebp = (): Uint8Array<ArrayBuffer> => {
  const chunk = [...ascii("VP8L"), ...u32le(6), 0x2f, 0, 0, 0, 0x10, 0x07];
  const body = [...ascii("WEBP"), ...chunk];
  return Uint8Array.from([...ascii("RIFF"), ...u32le(body.length), ...body]);
};

export const sampleHeic = (): Uint8Array<ArrayBuffer> => {
  const ftyp = [...u32be(24), ...ascii("ftypheic"), ...u32be(0), ...ascii("mif1heic")];
  const meta = [...u32be(12), ...ascii("meta"), 0, 0, 0, 0];
  const mdat = [...u32be(16), ...ascii("mdat"), 1, 2, 3, 4, 5, 6, 7, 8];
  return Uint8Array.from([...ftyp, ...meta, ...mdat]);
};

/** A Windows executable's header: what a renamed "payslip.pdf" trojan starts with. */
export const sampleExe = (): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(256);
  bytes.set(ascii("MZ"));
  bytes.set(u32le(128), 0x3c);
  bytes.set(ascii("PE\0\0"), 128);
  return bytes;
};

export const sampleSvg = (): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(ascii('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>'));

export const sampleHtml = (): Uint8Array<ArrayBuffer> => Uint8Array.from(ascii("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"));
