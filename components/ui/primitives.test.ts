import { NextIntlClientProvider } from "next-intl";
import { createElement as h, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";
import { Breadcrumbs } from "./breadcrumbs";
import { Combobox } from "./combobox";
import { CheckboxField, InputField, RadioGroupField } from "./field";
import { MoneyField } from "./money-field";
import { Pagination } from "./pagination";
import { markup, type Markup } from "./testing-markup";

// Server-rendered markup is what a screen reader meets first; these check the wiring between
// labels, hints, errors and controls that the browser tests cannot see on screens not yet built.
function render(element: ReactElement, locale: "en" | "zh-CN" = "en"): Markup {
  return markup(renderToStaticMarkup(h(NextIntlClientProvider, { locale, messages: locale === "en" ? en : zh, timeZone: "Asia/Shanghai", children: element })));
}

describe("field wiring", () => {
  it("ties an error to its input and marks it invalid", () => {
    const doc = render(h(InputField, { id: "name", name: "name", label: "Name", hint: "As on the ID card", error: "Required" }));
    const input = doc.one("input");
    expect(doc.one("label").attr("for")).toBe("name");
    expect(input.attr("aria-invalid")).toBe("true");
    expect(input.attr("aria-describedby")).toBe("name-hint name-error");
    const error = doc.byId("name-error");
    expect(error.text).toBe("Required");
    expect(error.attr("aria-live")).toBe("polite");
  });

  it("keeps the live region but does not point at it while valid", () => {
    const doc = render(h(InputField, { id: "email", name: "email", label: "E-mail" }));
    const input = doc.one("input");
    expect(input.has("aria-invalid")).toBe(false);
    expect(input.has("aria-describedby")).toBe(false);
    expect(doc.byId("email-error").text).toBe("");
  });

  it("names a radio group by its legend and marks the group invalid", () => {
    const options = [
      { value: "pause", label: "Collection pause" },
      { value: "plan", label: "Instalment plan" },
    ];
    const doc = render(h(RadioGroupField, { id: "req", name: "request", legend: "Request", options, defaultValue: "plan", error: "Choose one" }));
    const group = doc.one("fieldset");
    expect(group.attr("role")).toBe("radiogroup");
    expect(doc.byId(group.attr("aria-labelledby")!).text).toBe("Request");
    expect(group.attr("aria-invalid")).toBe("true");
    expect(group.attr("aria-describedby")).toBe("req-error");
    const radios = doc.all("input[type=radio]");
    expect(radios.map((r) => [r.attr("name"), r.attr("value"), r.has("checked")])).toEqual([
      ["request", "pause", false],
      ["request", "plan", true],
    ]);
    expect(doc.one(`label[for=${radios[1]!.attr("id")}]`).text).toBe("Instalment plan");
  });

  it("labels a checkbox and describes it by its hint", () => {
    const doc = render(h(CheckboxField, { id: "vuln", name: "vulnerable", label: "Vulnerable client", hint: "Illness, disability" }));
    expect(doc.one("label[for=vuln]").text).toBe("Vulnerable client");
    expect(doc.one("input[type=checkbox]").attr("aria-describedby")).toBe("vuln-hint");
  });
});

describe("MoneyField", () => {
  it("shows the amount grouped with the locale's symbol and submits the decimal string", () => {
    const doc = render(h(MoneyField, { id: "bal", name: "balance", label: "Balance", currency: "CNY", defaultValue: "12345.6" }), "zh-CN");
    const input = doc.one("input[name=balance]");
    expect(input.attr("value")).toBe("12,345.60");
    expect(input.attr("inputmode")).toBe("decimal");
    expect(doc.text).toContain("¥");
    expect(doc.byId(input.attr("aria-describedby")!.split(" ")[0]!).text).toBe("人民币");
  });
});

describe("Combobox", () => {
  it("renders a closed combobox with the chosen value in a hidden input", () => {
    const options = [
      { value: "c1", label: "Ant Jiebei 借呗" },
      { value: "c2", label: "China Merchants Bank" },
    ];
    const doc = render(h(Combobox, { id: "cred", name: "creditorId", label: "Creditor", options, defaultValue: "c2" }));
    const box = doc.one("[role=combobox]");
    expect(doc.all("label[for=cred]")).toHaveLength(1);
    expect(box.attr("aria-expanded")).toBe("false");
    expect(box.attr("value")).toBe("China Merchants Bank");
    expect(doc.one("input[name=creditorId]").attr("value")).toBe("c2");
    const list = doc.byId(box.attr("aria-controls")!);
    expect(list.attr("role")).toBe("listbox");
    expect(list.has("hidden")).toBe(true);
    expect(doc.all("[role=option]").map((o) => o.attr("aria-selected"))).toEqual(["false", "true"]);
  });
});

describe("navigation primitives", () => {
  it("marks the current page in pagination and keeps the filters", () => {
    const doc = render(h(Pagination, { page: 1, pageCount: 3, pathname: "/clients", searchParams: { q: "li" } }));
    expect(doc.one("nav").attr("aria-label")).toBe("Pages");
    expect(doc.one("[aria-current=page]").text).toBe("1");
    expect(doc.one("a[aria-label='Page 2']").attr("href")).toBe("/clients?q=li&page=2");
    // No link back from the first page.
    expect(doc.one("[aria-disabled=true]").text).toBe("Previous");
  });

  it("renders breadcrumbs as an ordered list ending at the current page", () => {
    const doc = render(h(Breadcrumbs, { items: [{ label: "Clients", href: "/clients" }, { label: "Zhang Wei" }] }), "zh-CN");
    expect(doc.one("nav").attr("aria-label")).toBe("页面路径");
    expect(doc.all("li")).toHaveLength(2);
    expect(doc.one("a").attr("href")).toBe("/clients");
    expect(doc.one("[aria-current=page]").text).toBe("Zhang Wei");
  });
});
