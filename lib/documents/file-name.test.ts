import { describe, expect, it } from "vitest";
import { contentDisposition, decodeFileName, sanitizeFileName } from "./file-name";

describe("sanitizeFileName", () => {
  it("keeps only the last path part, so a name can never climb out of a folder", () => {
    expect(sanitizeFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitizeFileName("..\\..\\Windows\\system32\\cmd.exe")).toBe("cmd.exe");
    expect(sanitizeFileName("/var/data/payslip.pdf")).toBe("payslip.pdf");
    expect(sanitizeFileName("..")).toBe("document");
    expect(sanitizeFileName("../")).toBe("document");
  });

  it("drops NUL and other control characters", () => {
    expect(sanitizeFileName("pay\u0000slip.pdf")).toBe("payslip.pdf");
    expect(sanitizeFileName("a\u0007b\u001bc\u007f\u0085.png")).toBe("abc.png");
    expect(sanitizeFileName("line\nbreak.pdf")).toBe("line break.pdf");
  });

  it("drops bidi override marks that disguise an extension", () => {
    const disguised = "invoice\u202Efdp.exe";
    expect(sanitizeFileName(disguised)).toBe("invoicefdp.exe");
    expect(sanitizeFileName("\u2066x\u2069\u200F.pdf")).toBe("x.pdf");
  });

  it("limits a 1,000-character name to 200 characters and keeps the extension", () => {
    const long = `${"a".repeat(1000)}.pdf`;
    const safe = sanitizeFileName(long);
    expect(safe).toHaveLength(200);
    expect(safe.endsWith(".pdf")).toBe(true);
    expect(sanitizeFileName("b".repeat(1000))).toHaveLength(200);
  });

  it("keeps Chinese and emoji intact, never splitting a character", () => {
    expect(sanitizeFileName("工资条 2026年3月 💰.jpg")).toBe("工资条 2026年3月 💰.jpg");
    expect(sanitizeFileName("家庭👨‍👩‍👧.png")).toBe("家庭👨‍👩‍👧.png");
    const emoji = sanitizeFileName("😀".repeat(300));
    expect(Array.from(emoji)).toHaveLength(200);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("decodes the URL-encoded name an upload sends, and survives a broken encoding", () => {
    expect(decodeFileName(encodeURIComponent("银行流水.pdf"))).toBe("银行流水.pdf");
    expect(decodeFileName("%E0%A4%A")).toBe("%E0%A4%A");
    expect(decodeFileName(null)).toBe("document");
  });
});

describe("contentDisposition", () => {
  it("sends an ASCII fallback and the UTF-8 name in RFC 5987 form", () => {
    const header = contentDisposition("attachment", "工资条 \"3月\".pdf");
    expect(header).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(header).toContain("filename*=UTF-8''%E5%B7%A5%E8%B5%84%E6%9D%A1%20%223%E6%9C%88%22.pdf");
    expect(header.split(";")[1]).not.toContain('\\"');
  });
});
