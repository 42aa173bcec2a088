import { eq } from "drizzle-orm";
import type { Db } from "./client";
import { toMonthly, type Frequency } from "@/lib/finance";
import { auditLog, budgetLines, budgetStatements, clients, creditors, debts, incomeCategories, type BudgetCategory, type CreditorType } from "./schema";

type Executor = Pick<Db, "insert" | "select">;

type SeedCreditor = {
  nameEn: string;
  nameZh: string;
  type: CreditorType;
  inAppService?: string;
  hotline?: string;
  branch?: string;
  postalAddress?: string;
  policyNotes?: string;
  defaultPenaltyMultiplier: number;
  maxInstalmentMonths?: number;
};

// Contact routes are the public customer-service channels; policies vary case by case, so the
// notes say what counsellors usually ask for rather than promising an outcome.
export const SEED_CREDITORS: SeedCreditor[] = [
  {
    nameEn: "Jiebei (Ant Group)",
    nameZh: "借呗（蚂蚁集团）",
    type: "online_platform",
    inAppService: "支付宝 App → 我的 → 客服中心 / Alipay app → Me → Customer service",
    hotline: "95188",
    policyNotes: "Quotes a daily rate. Overdue principal accrues penalty interest at 1.5× the contract rate. Ask in-app customer service for 协商还款 (extension or instalments) with hardship evidence.",
    defaultPenaltyMultiplier: 15000,
    maxInstalmentMonths: 36,
  },
  {
    nameEn: "Huabei (Ant Group)",
    nameZh: "花呗（蚂蚁集团）",
    type: "online_platform",
    inAppService: "支付宝 App → 我的 → 客服中心 / Alipay app → Me → Customer service",
    hotline: "95188",
    policyNotes: "Overdue amounts accrue a daily overdue charge. Bill instalments of 3–12 months; longer re-arrangement only on request with evidence.",
    defaultPenaltyMultiplier: 15000,
    maxInstalmentMonths: 12,
  },
  {
    nameEn: "Weilidai (WeBank)",
    nameZh: "微粒贷（微众银行）",
    type: "online_platform",
    inAppService: "微信 → 服务 → 微粒贷 → 在线客服 / WeChat → Services → Weilidai → Online service",
    hotline: "95384",
    policyNotes: "Loans of 5, 10 or 20 months at a daily rate; penalty interest 1.5× on overdue amounts.",
    defaultPenaltyMultiplier: 15000,
    maxInstalmentMonths: 20,
  },
  {
    nameEn: "JD Jintiao",
    nameZh: "京东金条",
    type: "online_platform",
    inAppService: "京东金融 App → 我的 → 客服 / JD Finance app → Me → Customer service",
    hotline: "95118",
    policyNotes: "Daily rate quoted; penalty interest 1.5× while overdue.",
    defaultPenaltyMultiplier: 15000,
    maxInstalmentMonths: 24,
  },
  {
    nameEn: "Meituan Yuefu",
    nameZh: "美团月付",
    type: "online_platform",
    inAppService: "美团 App → 我的 → 客服中心 / Meituan app → Me → Customer service",
    hotline: "10107888",
    policyNotes: "Monthly bill; overdue charges accrue daily. Bill instalments up to 12 months.",
    defaultPenaltyMultiplier: 15000,
    maxInstalmentMonths: 12,
  },
  ...(
    [
      ["China Merchants Bank Credit Card", "招商银行信用卡", "95555"],
      ["ICBC Credit Card", "工商银行信用卡", "95588"],
      ["China Construction Bank Credit Card", "建设银行信用卡", "95533"],
      ["Bank of China Credit Card", "中国银行信用卡", "95566"],
    ] as const
  ).map(([nameEn, nameZh, hotline]) => ({
    nameEn,
    nameZh,
    type: "credit_card" as const,
    inAppService: "银行 App 在线客服 / the bank's app, online service",
    hotline,
    branch: "Any branch or the card centre / 任一网点或信用卡中心",
    policyNotes:
      "Interest 0.05%/day on overdue balances plus a late-payment fee (违约金). Personalised instalments (个性化分期) are limited to 60 months; ask for them in writing with hardship evidence.",
    defaultPenaltyMultiplier: 10000,
    maxInstalmentMonths: 60,
  })),
  { nameEn: "Landlord", nameZh: "房东", type: "landlord", policyNotes: "Rent arrears are a priority debt: eviction risk.", defaultPenaltyMultiplier: 10000 },
  { nameEn: "Utility company", nameZh: "水电燃气公司", type: "utility", policyNotes: "Priority debt: disconnection risk.", defaultPenaltyMultiplier: 10000 },
  { nameEn: "Tax authority", nameZh: "税务机关", type: "tax_authority", hotline: "12366", policyNotes: "Late-payment surcharge (滞纳金) of 0.05% a day. Priority debt.", defaultPenaltyMultiplier: 10000 },
  { nameEn: "Other creditor", nameZh: "其他债权人", type: "other", defaultPenaltyMultiplier: 10000 },
];

/** Seeds the creditor directory; an existing name is left as the admin has edited it. */
export async function seedCreditors(executor: Executor): Promise<Map<string, string>> {
  await executor.insert(creditors).values(SEED_CREDITORS).onConflictDoNothing();
  const rows = await executor.select({ id: creditors.id, nameEn: creditors.nameEn }).from(creditors);
  return new Map(rows.map((r) => [r.nameEn, r.id]));
}

async function clientIdByName(executor: Executor, name: string): Promise<string | undefined> {
  const [row] = await executor.select({ id: clients.id }).from(clients).where(eq(clients.fullName, name)).limit(1);
  return row?.id;
}

async function auditSeed(executor: Executor, action: string, entityType: string, entityId: string, clientId: string): Promise<void> {
  await executor.insert(auditLog).values({ actorId: null, action, entityType, entityId, clientId, details: { source: "demo seed" } });
}

type DemoDebt = Omit<typeof debts.$inferInsert, "clientId" | "creditorId"> & { creditor: string };
type DemoLine = [BudgetCategory, number, Frequency];

// Two demo cases with debts and budgets, so the options panel has something to show at first start.
const DEMO_FINANCES: { client: string; debts: DemoDebt[]; statements: { date: string; lines: DemoLine[] }[] }[] = [
  {
    client: "张伟",
    debts: [
      { creditor: "Jiebei (Ant Group)", product: "借呗贷款", accountReference: "2088102233445566", originalPrincipal: 5_000_000, currentBalance: 3_850_000, rateKind: "daily", ratePpb: 500_000, penaltyMultiplier: 15000, instalment: 380_000, dueDay: 10, overdueSince: "2026-10-10", status: "overdue" },
      { creditor: "China Merchants Bank Credit Card", product: "信用卡", accountReference: "6225 8812 3456 7890", originalPrincipal: 6_000_000, currentBalance: 5_230_000, rateKind: "annual", ratePpb: 182_500_000, penaltyMultiplier: 10000, instalment: 523_000, dueDay: 5, overdueSince: "2026-09-05", status: "in_collection" },
      { creditor: "Landlord", product: "房租欠款", originalPrincipal: 600_000, currentBalance: 600_000, rateKind: "daily", ratePpb: 0, penaltyMultiplier: 10000, instalment: 0, status: "overdue", overdueSince: "2026-11-01", priority: true, priorityKind: "housing" },
    ],
    statements: [
      { date: "2026-08-20", lines: [["wages", 200_000, "weekly"], ["housing", 280_000, "monthly"], ["food", 180_000, "monthly"], ["transport", 12_000, "weekly"], ["utilities", 35_000, "monthly"]] },
      { date: "2026-11-15", lines: [["wages", 150_000, "weekly"], ["benefits", 80_000, "monthly"], ["housing", 280_000, "monthly"], ["utilities", 35_000, "monthly"], ["food", 180_000, "monthly"], ["transport", 12_000, "weekly"], ["communications_leisure", 15_000, "monthly"], ["insurance", 120_000, "quarterly"], ["priority_debt_payments", 50_000, "monthly"]] },
    ],
  },
  {
    client: "Emily Brown",
    debts: [
      { creditor: "Huabei (Ant Group)", product: "花呗账单", accountReference: "HB-77120934", originalPrincipal: 800_000, currentBalance: 812_000, rateKind: "daily", ratePpb: 400_000, penaltyMultiplier: 15000, instalment: 70_000, dueDay: 9, status: "current" },
      { creditor: "ICBC Credit Card", product: "Credit card", accountReference: "6222 0202 0000 4321", originalPrincipal: 1_500_000, currentBalance: 1_430_000, rateKind: "annual", ratePpb: 182_500_000, penaltyMultiplier: 10000, instalment: 143_000, dueDay: 25, status: "plan_agreed" },
    ],
    statements: [{ date: "2026-11-01", lines: [["wages", 900_000, "monthly"], ["housing", 450_000, "monthly"], ["food", 150_000, "monthly"], ["transport", 60_000, "monthly"]] }],
  },
];

/** The creditor directory plus demo debts and income & expenditure statements for two demo clients. */
export async function seedDemoFinances(executor: Executor): Promise<void> {
  const creditorIds = await seedCreditors(executor);
  for (const demo of DEMO_FINANCES) {
    const clientId = await clientIdByName(executor, demo.client);
    if (!clientId) continue;
    for (const { creditor, ...debt } of demo.debts) {
      const creditorId = creditorIds.get(creditor);
      if (!creditorId) throw new Error(`unknown creditor ${creditor}`);
      const [row] = await executor.insert(debts).values({ ...debt, clientId, creditorId }).returning({ id: debts.id });
      if (row) await auditSeed(executor, "debt.created", "debt", row.id, clientId);
    }
    for (const [index, statement] of demo.statements.entries()) {
      const [row] = await executor
        .insert(budgetStatements)
        .values({ clientId, version: index + 1, statementDate: statement.date, currency: "CNY" })
        .returning({ id: budgetStatements.id });
      if (!row) continue;
      await executor.insert(budgetLines).values(
        statement.lines.map(([category, amount, frequency], position) => ({
          statementId: row.id,
          position,
          kind: (incomeCategories as readonly string[]).includes(category) ? ("income" as const) : ("expenditure" as const),
          category,
          amount,
          frequency,
          monthlyAmount: toMonthly(amount, frequency),
        })),
      );
      await auditSeed(executor, "budget.statement_created", "budget_statement", row.id, clientId);
    }
  }
}
