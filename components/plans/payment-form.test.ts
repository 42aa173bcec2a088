import { NextIntlClientProvider } from "next-intl";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { markup } from "@/components/ui/testing-markup";
import en from "@/lib/i18n/messages/en.json";
import { PaymentForm } from "./payment-form";

vi.mock("@/app/(staff)/clients/[clientId]/plans/actions", () => ({ recordPaymentAction: async () => null }));

const paidOn = (props: { dueDate: string; today?: string }) => {
  const form = h(PaymentForm, { clientId: "c1", instalmentId: "i1", number: 2, currency: "CNY", ...props });
  const doc = markup(renderToStaticMarkup(h(NextIntlClientProvider, { locale: "en", messages: en, timeZone: "Asia/Shanghai", children: form })));
  return doc.byId("pay-i1-paidOn").attr("value");
};

// The server refuses a payment dated after the agency's today: the form must not start with one.
describe("the payment form's date", () => {
  it("starts at the due date once it has come, and at today before then", () => {
    expect(paidOn({ dueDate: "2026-10-25", today: "2026-11-02" })).toBe("2026-10-25");
    expect(paidOn({ dueDate: "2026-10-25", today: "2026-10-25" })).toBe("2026-10-25");
    expect(paidOn({ dueDate: "2026-11-25", today: "2026-11-02" })).toBe("2026-11-02");
  });
});
