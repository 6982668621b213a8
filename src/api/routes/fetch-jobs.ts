import type { FastifyInstance } from 'fastify';
import { TIMEOUT_MS } from '../../connections/model.js';
import { AuthorizingSender } from '../../delivery/authorizing-sender.js';
import { TokenCache } from '../../delivery/token-cache.js';
import { HookflowError, unknownReference } from '../../domain/errors.js';
import { jobProblems } from '../../domain/fetch/check.js';
import { FETCH_METHODS, FETCH_STATES, FETCH_TARGETS, type FetchJob, type FetchJobInput, PAGINATION_TYPES } from '../../domain/fetch/job.js';
import { FETCH_RUN_STATUSES, type FetchRun } from '../../domain/fetch/run.js';
import { dryRun } from '../../fetch/dry-run.js';
import { compileJolt } from '../../jolt/index.js';
import { connectionExists, saveTokens } from '../../store/connections.js';
import { createFetchJob, deleteFetchJob, getFetchJob, listFetchJobs, replaceFetchJob, runFetchJobNow, setFetchState } from '../../store/fetch-jobs.js';
import { getFetchRun, listFetchRuns } from '../../store/fetch-runs.js';
import type { Db } from '../../store/schema.js';
import { inTransaction } from '../../store/transaction.js';
import { recordCheck } from '../record-checks.js';
import { anyJson, answers, closed, integer, list, noContent, nullable, text } from '../responses.js';
import { idParams } from '../schemas.js';

const path = { type: 'string', maxLength: 200, pattern: '^$|^[^.]+(\\.[^.]+)*$', description: "a dotted path into the JSON (`data.items`); '' for the whole" } as const;

/** A job as written: shapes here, the rules between fields in `jobProblems`. */
const jobBody = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'connection', 'url', 'schedule', 'pagination', 'target'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    connection: { type: 'string', minLength: 1, maxLength: 200, description: 'the connection whose authentication the requests use (the SSRF guard applies to the address dialled)' },
    url: { type: 'string', minLength: 1, maxLength: 4000, description: 'may use {{checkpoint}}, {{page}}, {{offset}}, {{limit}}, {{cursor}}, each percent-encoded' },
    method: { enum: FETCH_METHODS, default: 'GET' },
    headers: { type: 'object', additionalProperties: { type: 'string', maxLength: 4000 }, default: {}, description: 'may use the placeholders' },
    body: { type: ['string', 'null'], maxLength: 100_000, default: null, description: "a POST's body; the placeholders are written as the inside of a JSON string" },
    schedule: {
      type: 'object',
      additionalProperties: false,
      properties: { every: { type: 'integer', minimum: 1, maximum: 31 * 24 * 3600, description: 'seconds between runs' }, cron: { type: 'string', maxLength: 200, description: 'a cron expression, UTC' } },
    },
    timeoutMs: { type: 'integer', minimum: TIMEOUT_MS.min, maximum: TIMEOUT_MS.max, default: TIMEOUT_MS.default },
    maxPages: { type: 'integer', minimum: 1, maximum: 100_000, default: 100 },
    rateLimit: { type: ['integer', 'null'], minimum: 1, maximum: 60_000, default: null, description: 'requests per minute at most' },
    pagination: {
      type: 'object',
      additionalProperties: false,
      required: ['type'],
      properties: {
        type: { enum: PAGINATION_TYPES },
        first: { type: 'integer', minimum: 0, description: 'page: the first page number (1 unless told)' },
        limit: { type: 'integer', minimum: 1, maximum: 100_000, description: 'offset: the page size ({{limit}})' },
        path: { ...path, description: 'cursor, next_link: where the cursor or the next URL is in the body' },
      },
    },
    recordsPath: { ...path, default: '' },
    transform: { anyOf: [{ type: 'array' }, { type: 'null' }], default: null, description: 'a Jolt (chainr) spec applied to each record' },
    target: { enum: FETCH_TARGETS },
    checkpoint: {
      anyOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['initial', 'from', 'path'],
          properties: { initial: { type: 'string', maxLength: 500 }, from: { enum: ['records', 'body'] }, path },
        },
        { type: 'null' },
      ],
      default: null,
    },
    state: { enum: FETCH_STATES, default: 'active' },
  },
} as const;

const shownPosition = closed({ index: integer, cursor: nullable('string'), url: nullable('string') });
const jobView = closed({
  id: integer,
  name: text,
  connection: text,
  url: text,
  method: { enum: FETCH_METHODS },
  headers: { type: 'object', additionalProperties: text },
  body: nullable('string'),
  schedule: closed({ every: integer, cron: text }, ['every', 'cron']),
  timeoutMs: integer,
  maxPages: integer,
  rateLimit: nullable('integer'),
  pagination: closed({ type: { enum: PAGINATION_TYPES }, first: integer, limit: integer, path: text }, ['first', 'limit', 'path']),
  recordsPath: text,
  transform: { ...anyJson, description: 'the Jolt spec, or null' },
  target: { enum: FETCH_TARGETS },
  checkpoint: { anyOf: [closed({ initial: text, from: { enum: ['records', 'body'] }, path: text }), { type: 'null' }] },
  state: { enum: FETCH_STATES },
  checkpointValue: nullable('string', { description: 'the checkpoint the next run starts from; null until a run succeeded (then the initial value)' }),
  nextRunAt: text,
  failures: { ...integer, description: 'failed runs in a row' },
  lastRunId: nullable('integer'),
  createdAt: text,
  updatedAt: text,
});
const recordError = closed({ page: integer, index: integer, code: text, message: text });
const runView = closed({
  id: integer,
  jobId: integer,
  status: { enum: FETCH_RUN_STATUSES },
  startedAt: text,
  finishedAt: nullable('string'),
  reason: nullable('string', { description: 'why a failed run failed' }),
  stop: nullable('string', { description: 'why a succeeded run stopped: empty page, no cursor, no next link, page limit' }),
  position: { anyOf: [shownPosition, { type: 'null' }], description: "a running run's next page" },
  pages: integer,
  read: integer,
  created: integer,
  updated: integer,
  unchanged: integer,
  failed: integer,
  errors: { type: 'array', items: recordError, description: 'the first per-record errors' },
  checkpointBefore: nullable('string'),
  checkpointAfter: nullable('string'),
});
const dryRunView = closed({
  request: closed({ method: text, url: text }),
  failure: nullable('string'),
  records: { type: 'array', items: closed({ index: integer, raw: anyJson, record: anyJson, code: text, problem: nullable('string') }) },
  next: { anyOf: [shownPosition, { type: 'null' }] },
  stop: nullable('string'),
  checkpointBefore: nullable('string'),
  checkpointAfter: nullable('string'),
});

const shownJob = ({ accountId: _a, ...job }: FetchJob) => job;
const shownRun = (r: FetchRun) => {
  const { accountId: _a, ...rest } = r;
  return {
    ...rest,
    finishedAt: r.status === 'running' ? null : r.finishedAt,
    reason: r.status === 'failed' ? r.reason : null,
    stop: r.status === 'succeeded' ? r.stop : null,
    position: r.status === 'running' ? r.position : null,
  };
};

/** Every problem with a job that its shape does not show, the Jolt spec and the connection included. */
async function checkJob(db: Db, accountId: number, input: FetchJobInput) {
  const problems = jobProblems(input);
  if (input.transform !== null) {
    try {
      compileJolt(input.transform);
    } catch (error) {
      if (!(error instanceof HookflowError)) throw error;
      problems.push(`body/transform: ${error.message}`);
    }
  }
  if (problems.length) throw new HookflowError('HF_BAD_REQUEST', problems.join('; '));
  if (!(await connectionExists(db, accountId, input.connection))) throw unknownReference('connection', 'connection', input.connection);
}

/** API fetch: jobs that pull records from a REST endpoint on a schedule; their runs; a dry run of one page. */
export async function fetchJobRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const box = app.secretBox;
  const tags = ['fetch'];
  const check = recordCheck();
  const sender = new AuthorizingSender({
    outbound: app.outbound,
    tokens: new TokenCache(app.outbound, app.clock),
    clock: app.clock,
    onTokens: (accountId, connection, clientId, tokens) => saveTokens(db, box, accountId, connection, clientId, tokens),
  });
  const now = () => app.clock.now().toISOString();

  app.get('/fetch-jobs', { schema: { tags, summary: 'Your fetch jobs', response: answers({ 200: list('fetchJobs', jobView) }) } }, async (req) => ({
    fetchJobs: (await listFetchJobs(db, req.account.id)).map(shownJob),
  }));

  app.post<{ Body: FetchJobInput }>(
    '/fetch-jobs',
    { schema: { tags, summary: 'Create a fetch job; an active one runs at once, then on its schedule', body: jobBody, response: answers({ 201: jobView }) } },
    async (req, reply) => {
      await checkJob(db, req.account.id, req.body);
      const job = await inTransaction(db, (trx) => createFetchJob(trx, req.account.id, req.body, now()));
      app.wake.fetches();
      return reply.status(201).header('location', `/v1/fetch-jobs/${job.id}`).send(shownJob(job));
    },
  );

  app.get<{ Params: { id: number } }>('/fetch-jobs/:id', { schema: { tags, summary: 'A fetch job', params: idParams, response: answers({ 200: jobView }) } }, async (req) =>
    shownJob(await getFetchJob(db, req.account.id, req.params.id)),
  );

  app.put<{ Params: { id: number }; Body: FetchJobInput }>(
    '/fetch-jobs/:id',
    { schema: { tags, summary: 'Replace what a fetch job does (its checkpoint and history stay)', params: idParams, body: jobBody, response: answers({ 200: jobView }) } },
    async (req) => {
      await checkJob(db, req.account.id, req.body);
      return shownJob(await inTransaction(db, (trx) => replaceFetchJob(trx, req.account.id, req.params.id, req.body, now())));
    },
  );

  app.delete<{ Params: { id: number } }>('/fetch-jobs/:id', { schema: { tags, summary: 'Delete a fetch job and its history', params: idParams, response: answers(noContent) } }, async (req, reply) => {
    await inTransaction(db, (trx) => deleteFetchJob(trx, req.account.id, req.params.id));
    return reply.status(204).send();
  });

  app.post<{ Params: { id: number } }>(
    '/fetch-jobs/:id/run',
    { schema: { tags, summary: 'Run an active job now, whatever its schedule or backoff (409 when paused)', params: idParams, response: answers({ 202: jobView }) } },
    async (req, reply) => {
      const job = await runFetchJobNow(db, req.account.id, req.params.id, now());
      app.wake.fetches();
      return reply.status(202).send(shownJob(job));
    },
  );

  for (const [action, state] of [['pause', 'paused'], ['resume', 'active']] as const) {
    app.post<{ Params: { id: number } }>(
      `/fetch-jobs/:id/${action}`,
      { schema: { tags, summary: action === 'pause' ? 'Pause a job: a run in progress finishes; no other starts' : 'Resume a paused job', params: idParams, response: answers({ 200: jobView }) } },
      async (req) => {
        const job = await setFetchState(db, req.account.id, req.params.id, state, now());
        if (state === 'active') app.wake.fetches();
        return shownJob(job);
      },
    );
  }

  app.get<{ Params: { id: number }; Querystring: { cursor?: string; limit: number } }>(
    '/fetch-jobs/:id/runs',
    {
      schema: {
        tags,
        summary: "A job's runs, newest first, a running one with its progress",
        params: idParams,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { cursor: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' }, limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
        },
        response: answers({
          200: closed({ runs: { type: 'array', items: runView }, nextCursor: nullable('string', { description: 'the next page, as `cursor`' }) }),
        }),
      },
    },
    async (req) => {
      const job = await getFetchJob(db, req.account.id, req.params.id);
      const { runs, next } = await listFetchRuns(db, job.id, { ...(req.query.cursor ? { before: Number(req.query.cursor) } : {}), limit: req.query.limit });
      return { runs: runs.map(shownRun), nextCursor: next === null ? null : String(next) };
    },
  );

  app.get<{ Params: { id: number } }>('/fetch-runs/:id', { schema: { tags, summary: 'A fetch run and its progress', params: idParams, response: answers({ 200: runView }) } }, async (req) =>
    shownRun(await getFetchRun(db, req.account.id, req.params.id)),
  );

  app.post<{ Params: { id: number } }>(
    '/fetch-jobs/:id/dry-run',
    {
      schema: {
        tags,
        summary: "Read the job's first page and show its records as they came, transformed, and checked; nothing is written",
        params: idParams,
        response: answers({ 200: dryRunView }),
      },
    },
    async (req) => dryRun({ db, box, sender, check }, await getFetchJob(db, req.account.id, req.params.id)),
  );
}
