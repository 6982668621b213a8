import type { FastifyInstance } from 'fastify';
import { CHANGE_KINDS, type ChangeKind } from '../../domain/change-kinds.js';
import { invalidValue, unknownReference } from '../../domain/errors.js';
import { FAILURE_CATEGORIES, type FailureCategory } from '../../domain/failure.js';
import { FAILURE_CAUSES, type FailureCause } from '../../domain/failure-cause.js';
import { DAY, type Last, MAX_PERIOD_DAYS, lastPeriod, wholeMinutes } from '../../domain/period.js';
import { activityFeed } from '../../insights/activity-feed.js';
import { figureTotal, summary, troubleshooting } from '../../insights/figures.js';
import type { InsightQuery } from '../../insights/insight-query.js';
import { FIGURES, type Figure, listRecords } from '../../insights/records.js';
import type { Db } from '../../store/schema.js';
import { answers, closed, cursorPage, integer, text, timestamp } from '../responses.js';
import { code } from '../schemas.js';

interface PeriodParams {
  mode?: 'live' | 'test';
  last?: Last;
  from?: string;
  to?: string;
  flow?: string;
  connection?: string;
  eventCode?: string;
  category?: FailureCategory;
}

interface RecordParams extends PeriodParams {
  registrationCode?: string;
  search?: string;
  reason?: string;
  kind?: ChangeKind;
  cause?: FailureCause;
  cursor?: string;
  limit: number;
}

const periodProperties = {
  mode: { enum: ['live', 'test'], default: 'live', description: 'Live Flows or Test Flows' },
  last: { type: 'string', pattern: '^(15m|1h|4h|([1-9]|[12][0-9]|3[01])d)$', description: 'the last 15m, 1h, 4h or N days (1d to 31d); the default without from/to is 1d' },
  from: { type: 'string', format: 'date-time', description: 'with `to`: any period (rounded out to whole minutes), at most 31 days' },
  to: { type: 'string', format: 'date-time' },
  flow: { type: 'string', minLength: 1, maxLength: 200, description: 'one flow (by name)' },
  connection: { type: 'string', minLength: 1, maxLength: 200, description: 'one connection: narrows the figures about actions and attempts' },
  eventCode: code,
  category: { enum: FAILURE_CATEGORIES, description: 'one failure category: narrows the figures about failures' },
} as const;

const recordProperties = {
  ...periodProperties,
  registrationCode: code,
  search: { type: 'string', minLength: 1, maxLength: 200 },
  reason: { type: 'string', maxLength: 100, description: 'actions_not_triggered: one reason' },
  kind: { enum: CHANGE_KINDS, description: 'registration_activity: one kind of change' },
  cause: { enum: FAILURE_CAUSES, description: 'attempt figures (failed_attempts, failures, total_retried...): one likely cause' },
  cursor: { type: 'string', maxLength: 500 },
  limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
} as const;

const period = closed({ from: timestamp, to: timestamp }, [], 'the period shown, in whole minutes');
const counts = { type: 'object', additionalProperties: integer } as const;
const points = { type: 'array', items: closed({ at: timestamp, counts }) } as const;
/** A figure's record: its shape is the figure's (a change, an outcome, an action, an attempt...). */
const anyRecord = { type: 'object', additionalProperties: true } as const;
const heading = { period, mode: { enum: ['live', 'test'] } } as const;
const recordsPage = cursorPage('records', anyRecord).properties;

/** Metrics > Insights: the Summary and Troubleshooting tabs, every figure's records, the Activity Feed. */
export async function insightRoutes(app: FastifyInstance) {
  const store = app.database;
  const tags = ['insights'];
  const querystring = { type: 'object', additionalProperties: false, properties: periodProperties } as const;
  const recordQuerystring = { type: 'object', additionalProperties: false, properties: recordProperties } as const;

  /** A tab: its figures over the period asked, beside the period covered. */
  const tab = (path: string, summary: string, properties: Record<string, object>, figures: (q: InsightQuery, now: Date) => Promise<object>) =>
    app.get<{ Querystring: PeriodParams }>(
      path,
      { schema: { tags, summary, querystring, response: answers({ 200: closed({ ...heading, ...properties }) }) } },
      async (req) => {
        const now = app.clock.now();
        const q = await insightQuery(store.db, req.account.id, req.query, now);
        return { ...shownPeriod(q, req.query), ...(await figures(q, now)) };
      },
    );

  tab(
    '/insights/summary',
    'The Summary tab: changes processed, unique registrations, actions, active flows, leads, registration activity, processing status',
    {
      changesProcessed: integer,
      uniqueRegistrations: integer,
      actionsTriggered: integer,
      actionsNotTriggered: closed({ total: integer, byReason: counts }),
      activeFlows: integer,
      leadsCreated: integer,
      leadsUpdated: integer,
      registrationActivity: closed({ total: integer, byKind: counts, series: points }),
      processingStatus: closed({ successes: integer, failures: integer, series: points }),
    },
    (q, now) => summary(store, q, now),
  );

  tab(
    '/insights/troubleshooting',
    'The Troubleshooting tab: the retry queue now; retries, abandoned, validation errors, retries by time and category, activity per connection, the likely causes of failures',
    {
      inRetryQueue: integer,
      totalRetried: integer,
      retriedAbandoned: integer,
      validationErrors: integer,
      retryActivity: points,
      retryProcessingCategory: counts,
      connectionActivity: {
        type: 'array',
        items: closed({ connection: text, delivered: integer, failed: integer, series: { type: 'array', items: closed({ at: timestamp, delivered: integer, failed: integer }) } }),
      },
      failureCauses: {
        type: 'array',
        description: 'why attempts failed over the period (retried, failed or abandoned), the most frequent first, in plain words; `failed_attempts` with `cause` drills down to them',
        items: closed({ cause: { enum: FAILURE_CAUSES }, count: integer, likely: text, whatToDo: text }),
      },
    },
    (q) => troubleshooting(store, q),
  );

  app.get<{ Params: { figure: Figure }; Querystring: RecordParams }>(
    '/insights/figures/:figure/records',
    {
      schema: {
        tags,
        summary: "A figure's records (its drill-down), newest first: the same filters, and a registration code, a search, a reason or a kind",
        description: '`total` counts the records under the filters: the figure itself when only the figure filters are given.',
        params: { type: 'object', additionalProperties: false, required: ['figure'], properties: { figure: { enum: Object.keys(FIGURES).filter((f) => f !== 'activity') } } },
        querystring: recordQuerystring,
        response: answers({ 200: closed({ ...heading, figure: text, total: integer, ...recordsPage }) }),
      },
    },
    async (req) => {
      const q = await insightQuery(store.db, req.account.id, req.query, app.clock.now());
      const n = narrowing(req.query);
      const [page, total] = await Promise.all([
        listRecords(store, req.params.figure, q, n, { limit: req.query.limit, ...(req.query.cursor ? { cursor: req.query.cursor } : {}) }),
        figureTotal(store, req.params.figure, q, n, app.clock.now()),
      ]);
      return { ...shownPeriod(q, req.query), figure: req.params.figure, total, ...page };
    },
  );

  app.get<{ Querystring: RecordParams }>(
    '/insights/activity',
    {
      schema: {
        tags,
        summary: 'The Activity Feed: registrations processed by flows, newest first, with how each went (delivered, retrying, failed, pending, not triggered)',
        querystring: recordQuerystring,
        response: answers({ 200: closed({ ...heading, ...recordsPage }) }),
      },
    },
    async (req) => {
      const q = await insightQuery(store.db, req.account.id, req.query, app.clock.now());
      const page = await activityFeed(store, q, narrowing(req.query), { limit: req.query.limit, ...(req.query.cursor ? { cursor: req.query.cursor } : {}) });
      return { ...shownPeriod(q, req.query), ...page };
    },
  );
}

/** The request's period and filters, checked, with the flow's name resolved. */
async function insightQuery(db: Db, accountId: number, p: PeriodParams, now: Date): Promise<InsightQuery> {
  if ((p.from === undefined) !== (p.to === undefined)) throw invalidValue(p.from === undefined ? 'from' : 'to', 'from and to go together');
  if (p.last !== undefined && p.from !== undefined) throw invalidValue('last', 'give either last or from and to');
  const period = p.from !== undefined && p.to !== undefined ? wholeMinutes(new Date(p.from), new Date(p.to)) : lastPeriod(p.last ?? '1d', now);
  if (period.to <= period.from) throw invalidValue('to', 'must be after from');
  if (period.to.getTime() - period.from.getTime() > MAX_PERIOD_DAYS * DAY) throw invalidValue('from', `the period is at most ${MAX_PERIOD_DAYS} days (the history kept)`);
  let flowId: number | undefined;
  if (p.flow !== undefined) {
    const flow = await db.selectFrom('flows').select('id').where('account_id', '=', accountId).where('name', '=', p.flow).executeTakeFirst();
    if (!flow) throw unknownReference('flow', 'flow', p.flow);
    flowId = flow.id;
  }
  return {
    accountId,
    isTest: p.mode === 'test',
    period,
    ...(flowId !== undefined ? { flowId } : {}),
    ...(p.connection !== undefined ? { connection: p.connection } : {}),
    ...(p.eventCode !== undefined ? { eventCode: p.eventCode } : {}),
    ...(p.category !== undefined ? { category: p.category } : {}),
  };
}

const shownPeriod = (q: InsightQuery, p: PeriodParams) => ({ period: { from: q.period.from.toISOString(), to: q.period.to.toISOString() }, mode: p.mode ?? 'live' });

const narrowing = (p: RecordParams) => ({
  ...(p.registrationCode !== undefined ? { registrationCode: p.registrationCode } : {}),
  ...(p.search !== undefined ? { search: p.search } : {}),
  ...(p.reason !== undefined ? { reason: p.reason } : {}),
  ...(p.kind !== undefined ? { kind: p.kind } : {}),
  ...(p.cause !== undefined ? { cause: p.cause } : {}),
});
