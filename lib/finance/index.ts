// Pure money and rate arithmetic. Parsers return result objects for user input; every other
// function throws RangeError on inputs no screen should let through (non-integers, negatives).

export {
  CURRENCIES,
  CURRENCY_CODES,
  CurrencyMismatchError,
  MAX_MONEY_MINOR,
  addMoney,
  formatMoney,
  isCurrencyCode,
  minorUnitExponent,
  money,
  parseMoney,
  sumMoney,
  type CurrencyCode,
  type Money,
  type MoneyLocale,
  type ParseMoneyError,
  type ParseMoneyResult,
} from "./money";
export { FREQUENCIES, PERIODS_PER_YEAR, fromMonthly, isFrequency, toMonthly, type Frequency } from "./frequency";
export {
  DEFAULT_TOKEN_OFFER,
  distributeSurplus,
  surplusAfterPriority,
  type DistributeSurplusInput,
  type PriorityFirst,
  type ProRataDebt,
  type ProRataOffer,
  type SurplusDistribution,
} from "./pro-rata";
export {
  MAX_RATE_PPB,
  annualToDaily,
  dailyInterest,
  dailyPenalty,
  dailyToAnnual,
  formatMultiplier,
  formatPercent,
  formatRate,
  parseMultiplier,
  parseRatePercent,
  rate,
  type ParseMultiplierResult,
  type ParseRateError,
  type ParseRateResult,
  type PenaltyMultiplier,
  type Rate,
  type RateKind,
} from "./rates";
export {
  extensionCost,
  interestWaiverSaving,
  pauseCost,
  penaltyWaiverSaving,
  settlementSaving,
  type Charges,
  type DebtTerms,
  type ExtensionCost,
  type Horizon,
  type PauseCost,
  type PauseOptions,
  type SettlementOutcome,
} from "./options";
export {
  MAX_INSTALMENT_MONTHS,
  annuityPayment,
  annuitySchedule,
  equalPrincipalSchedule,
  type InstalmentRow,
  type InstalmentSchedule,
} from "./instalments";
export {
  CREDIT_CARD_INSTALMENT_MAX_MONTHS,
  CREDIT_REPORT_RETENTION_YEARS,
  checkCreditCardInstalmentTerm,
  creditReportRemovalDate,
  type InstalmentTermWarning,
} from "./checks";
export { addDays, addYears, daysBetween, isIsoDate, type IsoDate } from "./dates";
export { FinanceOverflowError } from "./rounding";
