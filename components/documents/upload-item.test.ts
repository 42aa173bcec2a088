import { NextIntlClientProvider } from "next-intl";
import { createElement as h, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { markup } from "@/components/ui/testing-markup";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";
import { UploadItem, type UploadState } from "./upload-item";

// The button only renders here; its server action (and the database behind it) is never called.
vi.mock("@/app/(staff)/clients/[clientId]/documents/actions", () => ({ cancelRequestAction: async () => null }));
const { CancelRequestButton } = await import("./cancel-request-button");

function html(element: ReactElement, locale: "en" | "zh-CN" = "en"): string {
  return renderToStaticMarkup(h(NextIntlClientProvider, { locale, messages: locale === "en" ? en : zh, timeZone: "Asia/Shanghai", children: element }));
}

const file = new File([new Uint8Array(10)], "工资条 March.png", { type: "image/png" });
const item = (patch: Partial<UploadState>): UploadState => ({ id: "u1", key: "k1", file, progress: 0, status: "uploading", ...patch });
const uploadItem = (patch: Partial<UploadState>, locale: "en" | "zh-CN" = "en") =>
  html(h(UploadItem, { item: item(patch), onCancel: () => {}, onRetry: () => {} }), locale);

/** A button's accessible name as a browser computes it for these simple cases: aria-label, else its text minus aria-hidden parts. */
function buttonNames(source: string): string[] {
  return [...source.matchAll(/<button([^>]*)>([\s\S]*?)<\/button>/g)].map(([, attrs = "", inner = ""]) => {
    const label = /aria-label="([^"]*)"/.exec(attrs)?.[1];
    const text = label ?? inner.replace(/<span aria-hidden="true">[\s\S]*?<\/span>/g, "").replace(/<[^>]*>/g, "");
    return markup(`<b>${text}</b>`).text.trim();
  });
}

describe("an upload's live status", () => {
  it("does not change while the progress ticks, so a screen reader hears the start once; the percentage stays visible", () => {
    const at3 = markup(uploadItem({ progress: 0.03 }));
    const at4 = markup(uploadItem({ progress: 0.04 }));
    expect(at3.one("[role=status]").text).toBe("Uploading…");
    expect(at4.one("[role=status]").text).toBe(at3.one("[role=status]").text);
    expect(at3.one("p").text).toBe("Uploading… 3%");
    expect(at4.one("p").text).toBe("Uploading… 4%");
    expect(at4.one("progress").attr("value")).toBe("4");
  });

  it("announces the end: uploaded, cancelled, or the reason it failed", () => {
    expect(markup(uploadItem({ status: "done", progress: 1 })).one("[role=status]").text).toBe("Uploaded");
    expect(markup(uploadItem({ status: "cancelled", progress: 0.4 })).one("[role=status]").text).toBe("Cancelled");
    const failed = markup(uploadItem({ status: "failed", progress: 0.4, message: "The upload failed." }));
    expect(failed.one("[role=status]").text).toBe("The upload failed.");
    expect(failed.one("p").text).toBe("The upload failed.");
  });
});

describe("buttons say which file or request they act on", () => {
  it("names Retry (and Cancel) after the file, in both languages", () => {
    expect(buttonNames(uploadItem({ status: "failed", message: "x" }))).toEqual(["Try again to upload 工资条 March.png"]);
    expect(buttonNames(uploadItem({ status: "cancelled" }))).toEqual(["Try again to upload 工资条 March.png"]);
    expect(buttonNames(uploadItem({ status: "failed", message: "x" }, "zh-CN"))).toEqual(["重试上传 工资条 March.png"]);
    expect(buttonNames(uploadItem({ progress: 0.5 }))).toEqual(["Cancel upload of 工资条 March.png"]);
  });

  it("names Withdraw request after the request's title, keeping the visible words in the name", () => {
    const props = { clientId: "c1", requestId: "r1", title: "Payslips for March & April" };
    const [name] = buttonNames(html(h(CancelRequestButton, props)));
    expect(name).toBe("Withdraw request — Payslips for March & April");
    expect(buttonNames(html(h(CancelRequestButton, props), "zh-CN"))).toEqual(["撤回要求 — Payslips for March & April"]);
  });
});
