import type { FailureCategory } from '../domain/failure.js';
import type { Period } from '../domain/period.js';

/**
 * What a person asked the insights for: an account's Live or Test flows over a period, narrowed
 * by flow, connection, event or category. Each filter narrows the figures it is a part of (a
 * connection narrows the figures about actions and attempts, not a flow's decisions, which have
 * none), and the drill-downs narrow the same way, so a figure and its records always agree.
 */
export interface InsightQuery {
  accountId: number;
  isTest: boolean;
  period: Period;
  flowId?: number;
  connection?: string;
  eventCode?: string;
  category?: FailureCategory;
}
