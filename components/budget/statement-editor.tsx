"use client";

import { useActionState, useId, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { createStatementAction } from "@/app/(staff)/clients/[clientId]/budget/actions";
import { Button } from "@/components/ui/button";
import { DateField, TextareaField } from "@/components/ui/field";
import { ControlledSelectField } from "@/components/ui/controlled-select";
import { FormMessage } from "@/components/ui/form-message";
import { ActionForm } from "@/components/ui/action-form";
import { CURRENCY_CODES, type CurrencyCode } from "@/lib/finance";
import type { FormState } from "@/lib/validation/form";
import { LiveTotals } from "./live-totals";
import { LineRow, type EditorLine } from "./line-row";

type Props = {
  clientId: string;
  statementDate: string;
  currency: CurrencyCode;
  lines: { income: Omit<EditorLine, "key">[]; expenditure: Omit<EditorLine, "key">[] };
  /** Another form that saves a statement with more (a follow-up review): its action, extra fields and button. */
  action?: (state: FormState, formData: FormData) => Promise<FormState>;
  extra?: (errors: Record<string, string>) => ReactNode;
  submitLabel?: string;
};

type Section = "income" | "expenditure";

/** The statement form: rows per section, each amount with its frequency, and totals that follow the typing. */
export function StatementEditor({ clientId, statementDate, currency: initialCurrency, lines, action: otherAction, extra, submitLabel }: Props) {
  const t = useTranslations("budget");
  const common = useTranslations("common");
  const prefix = useId();
  const [state, action, pending] = useActionState<FormState, FormData>(otherAction ?? createStatementAction.bind(null, clientId), null);
  // Controlled, so a refused submit (React resets the form afterwards) keeps what was typed.
  const [currency, setCurrency] = useState<CurrencyCode>(initialCurrency);
  const [date, setDate] = useState(statementDate);
  const [notes, setNotes] = useState("");
  const [next, setNext] = useState(1000);
  const [rows, setRows] = useState(() => ({
    income: lines.income.map((line, i) => ({ ...line, key: `i${i}` })),
    expenditure: lines.expenditure.map((line, i) => ({ ...line, key: `e${i}` })),
  }));
  const errors = state && !state.ok ? state.fieldErrors : {};

  const update = (section: Section, key: string, change: Partial<EditorLine>) =>
    setRows((all) => ({ ...all, [section]: all[section].map((row) => (row.key === key ? { ...row, ...change } : row)) }));
  const remove = (section: Section, key: string) => setRows((all) => ({ ...all, [section]: all[section].filter((row) => row.key !== key) }));
  const add = (section: Section) => {
    setRows((all) => ({
      ...all,
      [section]: [...all[section], { key: `n${next}`, category: section === "income" ? "wages" : "other_expenditure", description: "", amount: "", frequency: "monthly" }],
    }));
    setNext((n) => n + 1);
  };

  // Rows are numbered in page order (income first), the order the server reports errors in.
  const offset: Record<Section, number> = { income: 0, expenditure: rows.income.length };
  return (
    <ActionForm state={state} action={action} className="space-y-6" noValidate>
      <FormMessage tone="error">{state && !state.ok ? (errors.lines ?? state.message) : undefined}</FormMessage>
      <div className="grid gap-4 sm:grid-cols-3">
        <DateField id={`${prefix}-date`} name="statementDate" label={t("statementDate")} value={date} onChange={(e) => setDate(e.target.value)} error={errors.statementDate} required />
        <ControlledSelectField id={`${prefix}-currency`} name="currency" label={t("currency")} value={currency} onChange={(e) => setCurrency(e.target.value as CurrencyCode)}>
          {CURRENCY_CODES.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </ControlledSelectField>
      </div>
      {(["income", "expenditure"] as const).map((section) => (
        <fieldset key={section} className="space-y-3 rounded-[var(--radius-card)] border border-line bg-surface p-4">
          <legend className="px-1 text-lg font-semibold">{t(section)}</legend>
          {rows[section].length === 0 ? <p className="text-ink-muted">{t("noLinesYet")}</p> : null}
          {rows[section].map((row, i) => (
            <LineRow
              key={row.key}
              section={section}
              number={i + 1}
              index={offset[section] + i}
              line={row}
              currency={currency}
              errors={errors}
              onChange={(change) => update(section, row.key, change)}
              onRemove={() => remove(section, row.key)}
            />
          ))}
          <Button variant="secondary" onClick={() => add(section)}>
            {t(section === "income" ? "addIncome" : "addExpenditure")}
          </Button>
        </fieldset>
      ))}
      <TextareaField id={`${prefix}-notes`} name="notes" rows={2} label={t("notes")} error={errors.notes} value={notes} onChange={(e) => setNotes(e.target.value)} />
      <LiveTotals rows={[...rows.income, ...rows.expenditure]} incomeCount={rows.income.length} currency={currency} />
      {extra?.(errors)}
      <Button type="submit" disabled={pending}>
        {pending ? common("saving") : (submitLabel ?? t("save"))}
      </Button>
    </ActionForm>
  );
}
