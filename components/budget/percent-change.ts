import { percent } from "@/components/debts/format";
import { formatPercent } from "@/lib/finance";
import { isPercentAtLimit } from "@/lib/finance/budget";

type T = (key: string, values?: Record<string, string>) => string;

/**
 * A change as a signed percentage for the budget screens: "+12.50%", "—" when the earlier figure was
 * zero, and "+1000% or more" when it was so small that the exact percentage would mean nothing.
 * `t` is the "budget" namespace.
 */
export function percentChange(t: T, percentPpb: number | null): string {
  if (percentPpb === null) return "—";
  const sign = percentPpb > 0 ? "+" : "";
  if (isPercentAtLimit(percentPpb)) {
    return t("percentAtLeast", { percent: `${sign}${formatPercent(percentPpb, { minDecimals: 0, maxDecimals: 0 })}` });
  }
  return `${sign}${percent(percentPpb)}`;
}
