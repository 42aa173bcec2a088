"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useResetProofSelect } from "@/components/ui/controlled-select";
import { expenditureCategories, incomeCategories } from "@/db/schema/budgets";
import { FREQUENCIES, formatMoney, parseMoney, toMonthly, type CurrencyCode, type Frequency } from "@/lib/finance";

export type EditorLine = { key: string; category: string; description: string; amount: string; frequency: string };

type Props = {
  section: "income" | "expenditure";
  number: number;
  index: number;
  line: EditorLine;
  currency: CurrencyCode;
  errors: Record<string, string>;
  onChange: (change: Partial<EditorLine>) => void;
  onRemove: () => void;
};

const control = "block w-full min-h-10 rounded-[var(--radius-control)] border border-line-strong bg-surface px-3 py-2 text-base aria-[invalid=true]:border-danger-fg";

/** One budget line; labels name the section and row so a screen reader (and a test) can tell rows apart. */
export function LineRow({ section, number, index, line, currency, errors, onChange, onRemove }: Props) {
  const t = useTranslations("budget");
  const locale = useLocale();
  const where = { section: t(section), n: number };
  const id = `line-${index}`;
  const parsed = line.amount.trim() ? parseMoney(line.amount, currency) : null;
  const monthly = parsed?.ok ? toMonthly(parsed.amount, line.frequency as Frequency) : null;
  const categories = section === "income" ? incomeCategories : expenditureCategories;
  const categoryRef = useResetProofSelect(line.category);
  const frequencyRef = useResetProofSelect(line.frequency);
  const fieldError = (field: string) => errors[`${field}.${index}`];
  const described = (field: string) => (fieldError(field) ? `${id}-${field}-error` : undefined);
  return (
    <div className="grid items-start gap-2 border-b border-line pb-3 sm:grid-cols-[15rem_1fr_9rem_10rem_auto]">
      {(["category", "description", "amount", "frequency"] as const).map((field) => (
        <label key={field} htmlFor={`${id}-${field}`} className="sr-only">
          {t(`row.${field}`, where)}
        </label>
      ))}
      <select id={`${id}-category`} ref={categoryRef} name="category" value={line.category} onChange={(e) => onChange({ category: e.target.value })} className={control}>
        {categories.map((category) => (
          <option key={category} value={category}>
            {t(`categories.${category}`)}
          </option>
        ))}
      </select>
      <input
        id={`${id}-description`}
        name="description"
        value={line.description}
        placeholder={t("descriptionPlaceholder")}
        onChange={(e) => onChange({ description: e.target.value })}
        aria-invalid={fieldError("description") ? true : undefined}
        aria-describedby={described("description")}
        className={control}
      />
      <div>
        <input
          id={`${id}-amount`}
          name="amount"
          inputMode="decimal"
          value={line.amount}
          onChange={(e) => onChange({ amount: e.target.value })}
          aria-invalid={fieldError("amount") ? true : undefined}
          aria-describedby={described("amount")}
          className={control}
        />
        {monthly !== null && line.frequency !== "monthly" ? (
          <p className="mt-1 text-xs text-ink-muted">{t("perMonth", { amount: formatMoney(monthly, currency, locale === "zh-CN" ? "zh-CN" : "en") })}</p>
        ) : null}
      </div>
      <select id={`${id}-frequency`} ref={frequencyRef} name="frequency" value={line.frequency} onChange={(e) => onChange({ frequency: e.target.value })} className={control}>
        {FREQUENCIES.map((frequency) => (
          <option key={frequency} value={frequency}>
            {t(`frequencies.${frequency}`)}
          </option>
        ))}
      </select>
      <Button variant="ghost" onClick={onRemove}>
        {t("remove")}
        <span className="sr-only"> {t("row.line", where)}</span>
      </Button>
      {(["category", "description", "amount", "frequency"] as const).map((field) =>
        fieldError(field) ? (
          <p key={field} id={`${id}-${field}-error`} aria-live="polite" className="text-sm text-danger-fg sm:col-span-5">
            {t("row.error", { ...where, message: fieldError(field) ?? "" })}
          </p>
        ) : null,
      )}
    </div>
  );
}
