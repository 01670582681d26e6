/**
 * The shape of one warning produced by {@link evaluateRules} (and its zod schema for IPC).
 */
import { z } from 'zod';
import { SEVERITIES } from './rules';

/**
 * Pseudo-rule id for an account the engine could not assess (bad data, no tier table): the
 * LP-based rules could not run for it, which the trader must know.
 */
export const ASSESSMENT_FAILED = 'assessment-failed';

/** One warning about one account or position. */
export const warningSchema = z.object({
  /** The rule that fired (a {@link RuleId}) or `'assessment-failed'`. */
  ruleId: z.string(),
  severity: z.enum(SEVERITIES),
  accountId: z.string(),
  positionId: z.string().optional(),
  /** Plain language, with the numbers. */
  message: z.string(),
  /**
   * The measured value in the unit of the threshold (percent for `...Pct` thresholds, × for
   * leverage, days for staleness). `null` when unbounded (portfolio risk with a position that
   * has no stop) or not a number (stop missing).
   */
  value: z.number().nullable(),
  /** The rule's threshold it was compared with; `null` for rules without one. */
  threshold: z.number().nullable(),
});

/** One warning about one account or position. */
export type Warning = z.infer<typeof warningSchema>;
