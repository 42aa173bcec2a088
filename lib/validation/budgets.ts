import { z } from "zod";
import { budgetCategories, budgetFrequencies, incomeCategories, type BudgetCategory } from "@/db/schema/budgets";
import { CURRENCY_CODES, toMonthly } from "@/lib/finance";
import { dateProblem } from "./dates";
import { moneyFrom } from "./debts";

export const MAX_BUDGET_LINES = 100;

// Line fields repeat once per row; FormData gives a string for one row and an array for several.
const many = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .default([]);

export function kindOf(category: BudgetCategory): "income" | "expenditure" {
  return (incomeCategories as readonly string[]).includes(category) ? "income" : "expenditure";
}

export const statementSchema = z
  .strictObject({
    statementDate: z.string().trim().max(20),
    currency: z.enum(CURRENCY_CODES),
    notes: z
      .string()
      .trim()
      .max(2000)
      .transform((v) => (v === "" ? null : v))
      .default(null),
    category: many,
    description: many,
    amount: many,
    frequency: many,
  })
  .transform((v, ctx) => {
    // Checked here rather than on the field, so a bad date does not hide the line errors.
    const dateError = dateProblem(v.statementDate, "budget.errors.date");
    if (dateError) ctx.addIssue({ code: "custom", message: dateError, path: ["statementDate"] });
    const rows = v.amount.length;
    if ([v.category, v.description, v.frequency].some((list) => list.length !== rows) || rows > MAX_BUDGET_LINES) {
      ctx.addIssue({ code: "custom", message: "budget.errors.lines", path: ["lines"] });
      return z.NEVER;
    }
    const lines = [];
    for (let i = 0; i < rows; i++) {
      const amountText = v.amount[i] ?? "";
      const description = (v.description[i] ?? "").trim();
      // A row left completely blank is simply not part of the statement.
      if (amountText.trim() === "" && description === "") continue;
      const category = z.enum(budgetCategories).safeParse(v.category[i]);
      const frequency = z.enum(budgetFrequencies).safeParse(v.frequency[i]);
      if (!category.success) ctx.addIssue({ code: "custom", message: "validation.invalidChoice", path: ["category", i] });
      if (!frequency.success) ctx.addIssue({ code: "custom", message: "validation.invalidChoice", path: ["frequency", i] });
      if (description.length > 200) ctx.addIssue({ code: "custom", message: "budget.errors.description", path: ["description", i] });
      const amount = moneyFrom(ctx, ["amount", i], amountText, v.currency);
      if (!category.success || !frequency.success) continue;
      lines.push({
        kind: kindOf(category.data),
        category: category.data,
        description: description === "" ? null : description,
        amount,
        frequency: frequency.data,
        monthlyAmount: toMonthly(amount, frequency.data),
      });
    }
    if (lines.length === 0 && ctx.issues.length === 0) {
      ctx.addIssue({ code: "custom", message: "budget.errors.noLines", path: ["lines"] });
    }
    return { statementDate: v.statementDate, currency: v.currency, notes: v.notes, lines };
  });
export type StatementInput = z.output<typeof statementSchema>;
