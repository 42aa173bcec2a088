import { formatMoney } from "@/lib/finance";
import { proposedInstalment } from "./checks";
import { en, zh, type Phrases } from "./phrases";
import type { Letter, LetterBlock, LetterData, LetterLanguage } from "./types";

const PHRASES: Record<LetterLanguage, Phrases> = { en, "zh-CN": zh };

/** "2026-11-29" as "29 November 2026" or "2026年11月29日"; the date is a calendar day, so formatted in UTC. */
export function letterDate(iso: string, language: LetterLanguage): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  if (language === "zh-CN") return `${y}年${m}月${d}日`;
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * The letter as blocks of finished text, in the letter's own language (not the reader's UI
 * language). Built only from typed values, so no placeholder can survive into the output.
 */
export function buildLetter(data: LetterData): Letter {
  const p = PHRASES[data.language];
  const money = (amount: number) => formatMoney(amount, data.debt.currency, data.language);
  const date = (iso: string) => letterDate(iso, data.language);
  const { client, debt, statement, request, offer } = data;
  const reasons = client.hardship.filter((r) => r !== "other" || !client.hardshipOther).map((r) => p.hardship[r]);
  const blocks: LetterBlock[] = [
    { kind: "paragraph", text: date(data.date) },
    { kind: "heading", text: p.subject(data.creditorName, debt.accountMasked) },
    { kind: "paragraph", text: p.salutation(data.creditorName) },
    { kind: "paragraph", text: p.intro(data.agencyName, client.fullName, client.reference) },
    {
      kind: "facts",
      rows: [
        [p.labels.creditor, data.creditorName],
        ...(debt.product ? [[p.labels.product, debt.product] as [string, string]] : []),
        ...(debt.accountMasked ? [[p.labels.account, debt.accountMasked] as [string, string]] : []),
        [p.labels.balance, money(debt.balance)],
      ],
    },
    { kind: "paragraph", text: reasons.length ? p.hardshipSentence(reasons) : p.hardshipNone },
  ];
  if (client.hardshipOther) blocks.push({ kind: "paragraph", text: p.hardshipOther(client.hardshipOther) });
  blocks.push({ kind: "paragraph", text: p.household(client.adults, client.dependants) }, { kind: "heading", text: p.budgetHeading });
  if (statement) {
    const own = (amount: number) => formatMoney(amount, statement.currency, data.language);
    blocks.push(
      { kind: "paragraph", text: p.budgetIntro(date(statement.date)) },
      {
        kind: "facts",
        rows: [
          [p.labels.income, own(statement.income)],
          [p.labels.expenditure, own(statement.expenditure)],
          [p.labels.surplus, own(statement.surplus)],
          ...(offer !== null ? [[offer.token ? p.labels.tokenOffer : p.labels.offer, money(offer.monthly)] as [string, string]] : []),
        ],
      },
    );
    if (offer !== null) blocks.push({ kind: "paragraph", text: offer.monthly <= 0 ? p.noOffer : offer.token ? p.tokenOffer(money(offer.monthly)) : p.offer(money(offer.monthly)) });
  } else {
    blocks.push({ kind: "paragraph", text: p.noStatement });
  }
  // A typed amount is used as typed (checked against the balance before the letter is built); without
  // one an instalment plan proposes the offer, capped so the instalments never pay more than is owed.
  const proposed = request.type === "instalment_plan" && request.amount === null && offer ? proposedInstalment(offer.monthly, debt.balance, request.months) : null;
  const amount = request.amount ?? proposed;
  const months = request.months !== null ? String(request.months) : null;
  const text =
    proposed && offer?.token
      ? p.tokenRequest({ months, amount: money(proposed) })
      : p.request[request.type]({ months, until: request.pauseUntil ? date(request.pauseUntil) : null, amount: amount !== null && amount > 0 ? money(amount) : null });
  blocks.push(
    { kind: "heading", text: p.requestHeading },
    { kind: "paragraph", text },
    { kind: "paragraph", text: p.closing },
    ...p.signOff.split("\n").map((text) => ({ kind: "paragraph" as const, text })),
    { kind: "paragraph", text: p.signature(data.counsellorName, data.agencyName) },
  );
  return { title: p.title, fileName: `${p.fileStem}-${client.reference}-${data.date}.docx`, blocks };
}

/** Every piece of text in the letter, for checks and plain-text views. */
export function letterText(letter: Letter): string {
  return [letter.title, letter.fileName, ...letter.blocks.flatMap((b) => (b.kind === "facts" ? b.rows.flat() : [b.text]))].join("\n");
}
