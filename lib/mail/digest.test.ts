import { describe, expect, it } from "vitest";
import type { DashboardItem } from "@/lib/dashboard/sections";
import { composeDigest } from "./digest";

const items: DashboardItem[] = [
  { section: "documents", id: "d1", clientId: "c1", clientName: "张伟", dueOn: "2026-12-01", overdue: false, href: "/clients/c1/documents", title: "住院诊断证明-抑郁症.pdf" },
  { section: "instalments", id: "i1", clientId: "c1", clientName: "张伟", dueOn: "2026-11-25", overdue: true, href: "/clients/c1/plans", creditorEn: "Jiebei", creditorZh: "借呗", number: 3, amountMinor: 125_000, currency: "CNY" },
  { section: "requests", id: "r1", clientId: "c2", clientName: "James Lee", dueOn: "2026-11-20", overdue: true, href: "/clients/c2/documents", title: "Hospital discharge letter" },
];

describe("the daily digest e-mail", () => {
  for (const locale of ["en", "zh-CN"] as const) {
    it(`leaves a client's file names, request titles and the money owed behind the link (${locale})`, () => {
      const { text } = composeDigest({ to: "wang@example.test", name: "Wang Fang", locale, day: "2026-12-07", items, appUrl: "https://accord.example.org" });
      expect(text).not.toContain("住院诊断证明");
      // A request's title is free text and may name an illness too.
      expect(text).not.toContain("Hospital discharge");
      expect(text).not.toMatch(/1,250|1250/);
      // Still says what is waiting and where to act on it.
      expect(text).toContain(locale === "en" ? "a document waiting for your review" : "一份待您审核的材料");
      expect(text).toContain(locale === "en" ? "Jiebei: instalment 3" : "借呗：第 3 期");
      expect(text).toContain(locale === "en" ? "a document request was due" : "一项材料请求应于");
      for (const item of items) expect(text).toContain(`https://accord.example.org${item.href}`);
    });
  }

  it("says where a section read to its cap may hold more than it lists, and only there", () => {
    const { text } = composeDigest({ to: "wang@example.test", name: "Wang Fang", locale: "en", day: "2026-12-07", items, appUrl: "https://accord.example.org", capped: ["instalments"] });
    const lines = text.split("\n");
    const more = lines.findIndex((l) => l.startsWith("… the first 100 are listed"));
    expect(more).toBeGreaterThan(lines.findIndex((l) => l.includes("Jiebei: instalment 3")));
    expect(more).toBeLessThan(lines.indexOf("Overdue document requests"));
    expect(lines.filter((l) => l.startsWith("… the first 100"))).toHaveLength(1);
  });
});
