/**
 * Funding per symbol with the venues' intervals and caps: the venues' rules
 * ({@link fundingRuleOf}), each symbol's terms and offline defaults ({@link defaultFundingTerms}),
 * funding over a horizon ({@link fundingOverHorizon}) and the venues' public answers (parse.ts).
 */
export { fundingRuleOf, intervalAfterCappedSettlement, type FundingRule } from './rules';
export { defaultFundingTerms, cappedRate, atLimit, type FundingTerms } from './terms';
export { fundingOverHorizon, type FundingAccrual } from './accrual';
export {
  parseBybitInstrumentsFunding,
  parseBybitTickersFunding,
  parseBinanceFundingInfo,
  parseOkxFundingRate,
  FundingAnswerError,
  type VenueFunding,
} from './parse';
