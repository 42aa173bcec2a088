import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { boundedSection, orderDueItems, type Orderable } from "./order";

const item = (id: string, dueOn: string | null, overdue: boolean, clientName = "Li"): Orderable => ({ id, dueOn, overdue, clientName });

describe("dashboard ordering", () => {
  it("puts overdue items first, the longest overdue at the top, then upcoming soonest first", () => {
    const ordered = orderDueItems([
      item("due-later", "2026-12-05", false),
      item("overdue-recent", "2026-11-28", true),
      item("due-soon", "2026-11-30", false),
      item("overdue-old", "2026-11-01", true),
      item("undated", null, false),
    ]);
    expect(ordered.map((i) => i.id)).toEqual(["overdue-old", "overdue-recent", "due-soon", "due-later", "undated"]);
  });

  it("breaks ties by client name, then id", () => {
    const ordered = orderDueItems([item("b", "2026-11-30", false, "Zhang"), item("c", "2026-11-30", false, "Chen"), item("a", "2026-11-30", false, "Zhang")]);
    expect(ordered.map((i) => i.id)).toEqual(["c", "a", "b"]);
  });

  it("bounds a section and counts the rest", () => {
    const items = Array.from({ length: 13 }, (_, n) => item(`i${n}`, `2026-11-${String(n + 1).padStart(2, "0")}`, n % 2 === 0));
    const { shown, more } = boundedSection(items, 10);
    expect(shown).toHaveLength(10);
    expect(more).toBe(3);
    expect(shown.slice(0, 7).every((i) => i.overdue)).toBe(true);
    expect(boundedSection([], 10)).toEqual({ shown: [], more: 0, capped: false });
    // A list as long as the query's cap may hold more than it shows: its counts are lower bounds.
    expect(boundedSection(items, 10, items.length, items.length).capped).toBe(true);
    expect(boundedSection(items, 10, items.length, items.length + 1).capped).toBe(false);
  });

  it("counts the rest of a section read only as far as it shows", () => {
    const items = Array.from({ length: 12 }, (_, n) => item(`i${n}`, "2026-11-30", false, `Client ${String(n).padStart(2, "0")}`));
    const { shown, more, capped } = boundedSection(items, 10, 40, 100);
    expect(shown.map((i) => i.id)).toEqual(items.slice(0, 10).map((i) => i.id));
    expect(more).toBe(30);
    expect(capped).toBe(false);
    expect(boundedSection(items, 10, 100, 100)).toMatchObject({ more: 90, capped: true });
  });

  it("never lists a non-overdue item above an overdue one, and keeps every item", () => {
    const arb = fc.array(
      fc.record({
        id: fc.uuid(),
        clientName: fc.string(),
        overdue: fc.boolean(),
        dueOn: fc.option(fc.date({ min: new Date("2020-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
      }),
    );
    fc.assert(
      fc.property(arb, (items) => {
        const ordered = orderDueItems(items);
        expect(ordered).toHaveLength(items.length);
        const firstUpcoming = ordered.findIndex((i) => !i.overdue);
        if (firstUpcoming >= 0) expect(ordered.slice(firstUpcoming).some((i) => i.overdue)).toBe(false);
      }),
    );
  });
});
