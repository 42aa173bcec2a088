import type { HardshipReason } from "@/db/schema/clients";
import type { NegotiationRequestType } from "@/db/schema/negotiations";

/** The wording of a letter in one language. Every sentence is a function of typed values. */
export type Phrases = {
  title: string;
  fileStem: string;
  subject: (creditor: string, account: string | null) => string;
  salutation: (creditor: string) => string;
  intro: (agency: string, client: string, reference: string) => string;
  hardship: Record<HardshipReason, string>;
  hardshipSentence: (reasons: string[]) => string;
  hardshipOther: (text: string) => string;
  hardshipNone: string;
  household: (adults: number, dependants: number) => string;
  budgetHeading: string;
  budgetIntro: (date: string) => string;
  noStatement: string;
  labels: { creditor: string; product: string; account: string; balance: string; income: string; expenditure: string; surplus: string; offer: string; tokenOffer: string };
  requestHeading: string;
  request: Record<NegotiationRequestType, (f: { months: string | null; until: string | null; amount: string | null }) => string>;
  offer: (amount: string) => string;
  /** Nothing is left over: the client still offers a token sum, said as such (never as an instalment plan). */
  tokenOffer: (amount: string) => string;
  tokenRequest: (f: { months: string | null; amount: string }) => string;
  noOffer: string;
  closing: string;
  signOff: string;
  signature: (counsellor: string, agency: string) => string;
};

export const en: Phrases = {
  title: "Hardship letter and repayment proposal",
  fileStem: "hardship-letter",
  subject: (creditor, account) => `Re: ${creditor}${account ? `, account ${account}` : ""}: request for forbearance`,
  salutation: (creditor) => `Dear ${creditor} customer service team,`,
  intro: (agency, client, reference) =>
    `${agency} is a debt counselling agency. We write on behalf of our client ${client} (our reference ${reference}), who has authorised us to discuss this account with you.`,
  hardship: {
    unemployment: "lost their job",
    illness_injury: "suffered illness or injury",
    income_drop: "seen their income fall",
    family_emergency: "faced a family emergency",
    business_failure: "had their business fail",
    other: "faced other serious difficulties",
  },
  hardshipSentence: (reasons) => {
    const list = reasons.length > 1 ? `${reasons.slice(0, -1).join(", ")} and ${reasons.at(-1)}` : reasons.join("");
    return `Our client has recently ${list}, and can no longer keep up the contractual payments.`;
  },
  hardshipOther: (text) => `In our client's words: ${text}`,
  hardshipNone: "Our client's circumstances have changed and they can no longer keep up the contractual payments.",
  household: (adults, dependants) =>
    `The household has ${adults} ${adults === 1 ? "adult" : "adults"} and ${dependants} ${dependants === 1 ? "dependant" : "dependants"}.`,
  budgetHeading: "Income and expenditure",
  budgetIntro: (date) => `We have reviewed our client's income and expenditure as of ${date}, with supporting evidence:`,
  noStatement: "We are still completing our client's income and expenditure review and will send it to you on request.",
  labels: { creditor: "Creditor", product: "Product", account: "Account", balance: "Balance outstanding", income: "Monthly income", expenditure: "Essential monthly spending", surplus: "Monthly surplus", offer: "Affordable offer to you", tokenOffer: "Token payment offered" },
  requestHeading: "Our request",
  request: {
    collection_pause: ({ until, months }) =>
      until ? `We ask you to pause collection activity on this account until ${until}.` : months ? `We ask you to pause collection activity on this account for ${months} months.` : "We ask you to pause collection activity on this account while our client's situation recovers.",
    payment_extension: ({ months }) => (months ? `We ask you to extend the repayment term by ${months} months.` : "We ask you to extend the repayment term."),
    instalment_plan: ({ months, amount }) =>
      amount && months
        ? `We propose a personalised instalment plan of ${amount} a month over ${months} months.`
        : amount
          ? `We propose a personalised instalment plan of ${amount} a month.`
          : months
            ? `We propose a personalised instalment plan over ${months} months.`
            : "We propose a personalised instalment plan that our client can afford.",
    interest_waiver: () => "We ask you to waive the interest charged on this account, so that our client's payments reduce the balance.",
    penalty_waiver: () => "We ask you to waive the penalty interest and late fees charged on this account.",
    settlement: ({ amount }) => (amount ? `We propose to settle this account in full with a one-off payment of ${amount}.` : "We propose to settle this account in full with a one-off payment."),
    other: () => "We ask you to agree an arrangement our client can afford, based on the figures above.",
  },
  offer: (amount) => `After essential living costs and priority debts, our client can afford ${amount} a month towards this account.`,
  tokenOffer: (amount) =>
    `After essential living costs and priority debts, our client has nothing left over at present. As a sign of good faith, they offer a token payment of ${amount} a month towards this account.`,
  tokenRequest: ({ months, amount }) =>
    months
      ? `We ask you to accept a token payment of ${amount} a month for ${months} months while our client's situation recovers, and to hold interest and collection activity during that time. We will contact you again with a repayment proposal when their circumstances improve.`
      : `We ask you to accept a token payment of ${amount} a month while our client's situation recovers, and to hold interest and collection activity during that time. We will contact you again with a repayment proposal when their circumstances improve.`,
  noOffer: "After essential living costs and priority debts, our client has no money left over at present for this account.",
  closing: "We would be grateful if you could reply in writing and stop collection calls while you consider this request. Thank you for your help.",
  signOff: "Yours faithfully,",
  signature: (counsellor, agency) => `${counsellor}, debt counsellor, ${agency}`,
};

export const zh: Phrases = {
  title: "困难情况说明及还款协商申请",
  fileStem: "困难说明函",
  subject: (creditor, account) => `关于${creditor}${account ? `（账户 ${account}）` : ""}的还款协商申请`,
  salutation: (creditor) => `${creditor}客服及贷后管理部门：`,
  intro: (agency, client, reference) => `${agency}是一家债务咨询机构。我们受客户${client}（我方编号 ${reference}）委托，就上述账户与贵方协商还款事宜。`,
  hardship: {
    unemployment: "失业",
    illness_injury: "患病或受伤",
    income_drop: "收入大幅下降",
    family_emergency: "家庭突发变故",
    business_failure: "经营失败",
    other: "遭遇其他严重困难",
  },
  hardshipSentence: (reasons) => `客户近期因${reasons.join("、")}，经济陷入困难，已无法按合同约定按期还款。`,
  hardshipOther: (text) => `客户自述：${text}`,
  hardshipNone: "客户近期经济状况发生变化，已无法按合同约定按期还款。",
  household: (adults, dependants) => `家庭共有成年人 ${adults} 名，需抚养人口 ${dependants} 名。`,
  budgetHeading: "收支情况",
  budgetIntro: (date) => `我们已核实客户截至${date}的收支情况，并留存相关证明材料：`,
  noStatement: "客户的收支核查尚在进行中，如贵方需要，我们将另行提供。",
  labels: { creditor: "债权机构", product: "产品", account: "账户", balance: "剩余欠款", income: "每月收入", expenditure: "每月必要支出", surplus: "每月可支配结余", offer: "可向贵方还款金额", tokenOffer: "象征性还款金额" },
  requestHeading: "协商请求",
  request: {
    collection_pause: ({ until, months }) =>
      until ? `恳请贵方对该账户暂停催收至${until}。` : months ? `恳请贵方对该账户暂停催收 ${months} 个月。` : "恳请贵方在客户经济状况恢复前暂停对该账户的催收。",
    payment_extension: ({ months }) => (months ? `恳请贵方同意延期还款 ${months} 个月。` : "恳请贵方同意延期还款。"),
    instalment_plan: ({ months, amount }) =>
      amount && months
        ? `我们提议办理个性化分期：分 ${months} 期，每月还款 ${amount}。`
        : amount
          ? `我们提议办理个性化分期，每月还款 ${amount}。`
          : months
            ? `我们提议办理个性化分期，分 ${months} 期偿还。`
            : "我们提议按客户的实际还款能力办理个性化分期。",
    interest_waiver: () => "恳请贵方减免该账户的利息，使客户的还款能够用于偿还本金。",
    penalty_waiver: () => "恳请贵方减免该账户的罚息及滞纳金。",
    settlement: ({ amount }) => (amount ? `我们提议一次性结清该账户，结清金额为 ${amount}。` : "我们提议一次性结清该账户。"),
    other: () => "恳请贵方根据上述收支情况，与客户协商一个可负担的还款安排。",
  },
  offer: (amount) => `扣除必要生活开支及优先债务后，客户每月可用于偿还该账户的金额为 ${amount}。`,
  tokenOffer: (amount) => `扣除必要生活开支及优先债务后，客户目前已无结余。为表诚意，客户愿每月向贵方象征性还款 ${amount}。`,
  tokenRequest: ({ months, amount }) =>
    months
      ? `恳请贵方接受客户在未来 ${months} 个月内每月象征性还款 ${amount}，其间暂停计息及催收；待客户经济状况好转后，我们将另行提出还款方案。`
      : `恳请贵方接受客户每月象征性还款 ${amount}，其间暂停计息及催收；待客户经济状况好转后，我们将另行提出还款方案。`,
  noOffer: "扣除必要生活开支及优先债务后，客户目前没有余力偿还该账户。",
  closing: "恳请贵方书面回复，并在考虑本申请期间暂停催收电话。感谢贵方的理解与支持。",
  signOff: "此致\n敬礼",
  signature: (counsellor, agency) => `${agency} 债务咨询师 ${counsellor}`,
};
