/**
 * Auto-deleveraging: each venue's ranking input for profitable positions ({@link adlScore}), the
 * price ADL closes at ({@link adlPriceRule}), and the venues' public ADL levels
 * ({@link parseBinanceAdlRisk}, {@link parseBybitAdlAlert}).
 */
export { adlScore, type AdlInput, type AdlScore } from './score';
export { adlPriceRule, type AdlPriceRule } from './price';
export { parseBinanceAdlRisk, parseBybitAdlAlert, AdlAnswerError, type AdlLevel } from './level';
