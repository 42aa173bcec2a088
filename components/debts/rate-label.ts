import { formatPercent } from "@/lib/finance";

type T = (key: string, values?: Record<string, string | number>) => string;

/** "0.05% per day" / "日 0.05%": the rate as the contract quotes it. */
export function rateLabel(t: T, kind: "daily" | "annual", ppb: number): string {
  return t(kind === "daily" ? "debts.ratePerDay" : "debts.ratePerYear", { rate: formatPercent(ppb) });
}
