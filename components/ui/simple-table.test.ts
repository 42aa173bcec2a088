import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SimpleTable } from "./simple-table";
import { markup } from "./testing-markup";

type Row = { id: string; name: string; amount: string };
const rows: Row[] = [
  { id: "a", name: "借呗", amount: "¥1,000.00" },
  { id: "b", name: "ICBC", amount: "¥20.00" },
];

function render(captionHidden: boolean) {
  return markup(
    renderToStaticMarkup(
      h(SimpleTable<Row>, {
        caption: "Debts",
        captionHidden,
        rows,
        rowKey: (row) => row.id,
        rowProps: (row) => ({ "aria-current": row.id === "b" ? "page" : undefined }),
        columns: [
          { key: "name", header: "Creditor", rowHeader: true, cell: (row) => row.name },
          { key: "amount", header: "Balance", align: "end", cell: (row) => row.amount },
        ],
      }),
    ),
  );
}

describe("SimpleTable", () => {
  it("names each row by its row header and gives every column a header", () => {
    const doc = render(false);
    expect(doc.all('th[scope="col"]').map((th) => th.text)).toEqual(["Creditor", "Balance"]);
    expect(doc.all('th[scope="row"]').map((th) => th.text)).toEqual(["借呗", "ICBC"]);
    expect(doc.all("td").map((td) => td.text)).toEqual(["¥1,000.00", "¥20.00"]);
    expect(doc.one("caption").text).toBe("Debts");
    expect(doc.one("caption").attr("class")).not.toContain("sr-only");
  });

  it("right-aligns amounts, marks the current row, and can keep the caption for screen readers only", () => {
    const doc = render(true);
    expect(doc.one("caption").attr("class")).toContain("sr-only");
    expect(doc.all("td").every((td) => (td.attr("class") ?? "").includes("text-right"))).toBe(true);
    expect(doc.all('tr[aria-current="page"]')).toHaveLength(1);
  });
});
