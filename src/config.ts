import { isIP } from 'node:net';
import { resolve } from 'node:path';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const MIB = 1024 * 1024;

/** A target failing every attempt for a sustained time is paused, and probed (see `CircuitBreakers`). */
export interface BreakerOptions {
  /** Consecutive connection failures before the breaker may open... */
  failures: number;
  /** ...provided they span at least this long (ms): a sustained outage, not a blip. */
  sustained: number;
  /** While open, one probe request this often (ms). */
  probeEvery: number;
}

/** The workers' rhythm: how often each looks for work nothing announced, and how much it takes at once. */
export interface Timings {
  deliveryPoll: number;
  changePoll: number;
  replayPoll: number;
  changeBatch: number;
  replayBatch: number;
  bulkResubmitPoll: number;
  bulkResubmitBatch: number;
  /** How often the postback runner looks for postbacks nothing announced (another process accepted them, a hold ran out), and how many it attaches at once. */
  postbackPoll: number;
  postbackBatch: number;
  /** How often the fetch runner looks for jobs whose time has come. */
  fetchPoll: number;
  /** How often a live tail looks for new status changes, and how long it stays silent before a heartbeat (so proxies keep it open). */
  tailPoll: number;
  tailHeartbeat: number;
}

/**
 * When an alert opens (see `insights/alerts/detect.ts`): a connection's recent window is judged
 * against the hours before it, once enough deliveries failed in it to mean something.
 */
export interface AlertOptions {
  /** How often the alerts are evaluated (ms). */
  every: number;
  /** The recent window judged (ms)... */
  window: number;
  /** ...against a baseline of this long before it (ms). */
  baseline: number;
  /** Deliveries failing in the window before a connection is judged at all: a single failure is normal. */
  minFailing: number;
  /** A spike: the window's share of failing deliveries is at least this many times the baseline's... */
  spikeRatio: number;
  /** ...and at least this share of the window's deliveries. */
  spikeRate: number;
  /** A baseline of fewer deliveries than this says nothing: it counts as no failures. */
  minBaseline: number;
  /** Recurring: failure alerts opened within `tolerance` (ms) of one time of day, on at least `days` of the last `over` days. */
  recurring: { days: number; over: number; tolerance: number };
}

/** How fetch jobs run (see `fetch/runner.ts`). */
export interface FetchOptions {
  /** How long a runner's hold on a job lasts unless renewed (ms): it renews it before each page; past it another process resumes the run. */
  lease: number;
  /** Failed runs in a row before the account is told (`fetch.failing`). */
  failuresBeforeAlert: number;
}

/** How operational events are sent (see `insights/notification-sender.ts`). */
export interface NotificationOptions {
  /** How often to look for events due when nothing announced them (ms). */
  poll: number;
  /** Events sent at once. */
  batch: number;
  /** The waits (ms) after each failed send; once they are spent the event is dropped, recorded. */
  retryDelays: number[];
  /** How long a sender holds an event it is sending before another process may take it (ms). */
  lease: number;
}

export const DEFAULT_ALERTS: AlertOptions = {
  every: 1 * MINUTE,
  window: 15 * MINUTE,
  baseline: 3 * HOUR,
  minFailing: 3,
  spikeRatio: 3,
  spikeRate: 0.25,
  minBaseline: 10,
  recurring: { days: 3, over: 7, tolerance: 30 * MINUTE },
};
export const DEFAULT_NOTIFICATIONS: NotificationOptions = {
  poll: 1 * SECOND,
  batch: 20,
  retryDelays: [10 * SECOND, 1 * MINUTE, 10 * MINUTE, 1 * HOUR],
  lease: 2 * MINUTE,
};
export const DEFAULT_BREAKER: BreakerOptions = { failures: 10, sustained: 30 * SECOND, probeEvery: 15 * SECOND };
export const DEFAULT_TIMINGS: Timings = {
  deliveryPoll: 0.25 * SECOND,
  changePoll: 1 * SECOND,
  replayPoll: 0.5 * SECOND,
  changeBatch: 500,
  replayBatch: 500,
  bulkResubmitPoll: 1 * SECOND,
  bulkResubmitBatch: 500,
  postbackPoll: 1 * SECOND,
  postbackBatch: 100,
  fetchPoll: 1 * SECOND,
  tailPoll: 0.5 * SECOND,
  tailHeartbeat: 15 * SECOND,
};
export const LOOPBACK = ['127.0.0.0/8', '::1/128'];

/**
 * `/metrics` for Prometheus: off unless one of these is set. A token opens it on the API's port,
 * to a bearer of that token only (never to an account's API key); a listen address gives it a
 * listener of its own, serving nothing else and asking for no token (a port kept private).
 */
export interface MetricsOptions {
  token: string | null;
  listen: { host: string; port: number } | null;
}

/** Long enough not to be guessed; an API key is longer still. */
const METRICS_TOKEN_MIN = 16;

/** Hookflow's whole configuration: read once from the environment (and CLI flags), then passed in. */
export interface Config {
  /** `sqlite:<path>` (the embedded default) or `postgres://...`. */
  databaseUrl: string;
  host: string;
  port: number;
  /** Largest request body accepted, in bytes; larger is a 413. */
  bodyLimit: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** The 32-byte key that seals connection secrets, from HOOKFLOW_SECRET_KEY (base64 or hex)... */
  secretKey: Buffer | null;
  /** ...or, when that is unset, read from (or generated into, mode 0600) this file. */
  secretKeyFile: string;
  /** CIDR ranges webhooks may reach despite the SSRF guard. Default: loopback on the embedded store, none on PostgreSQL. */
  allowTargets: string[];
  /** Delivery requests in flight at once, across all targets. */
  deliveryConcurrency: number;
  /** Seconds a worker's claim on a delivery lasts; past it another worker takes the delivery over. */
  deliveryLeaseSeconds: number;
  /** Multiplies the retry schedule: 1 in production; tests and demos shrink it. */
  retryScale: number;
  /** Days request and response bodies are kept, then days the rest of a delivery's record is. */
  payloadRetentionDays: number;
  historyRetentionDays: number;
  /** Run the delivery workers in `serve` (the default) or leave them to `hookflow worker`. */
  workers: boolean;
  metrics: MetricsOptions;
  breaker: BreakerOptions;
  timings: Timings;
  alerts: AlertOptions;
  notifications: NotificationOptions;
  fetch: FetchOptions;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const DEFAULT_DATABASE_URL = 'sqlite:./data/hookflow.db';

/** Flags win over the environment; every bad value is reported, not just the first. */
export function loadConfig(env: NodeJS.ProcessEnv, flags: Partial<Record<keyof Config, string>> = {}): Config {
  const problems: string[] = [];
  const pick = (key: keyof Config, name: string) => flags[key] ?? env[name];

  const databaseUrl = pick('databaseUrl', 'HOOKFLOW_DATABASE_URL') ?? DEFAULT_DATABASE_URL;
  if (!/^(sqlite:.+|postgres(ql)?:\/\/.+)$/.test(databaseUrl)) {
    problems.push(`HOOKFLOW_DATABASE_URL: '${databaseUrl}' must be sqlite:<file> or postgres://...`);
  }
  // `key` names the flag that may set it too; null for a setting only the environment gives.
  const int = (key: keyof Config | null, name: string, fallback: number, min: number, max: number) => {
    const raw = key ? pick(key, name) : env[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name}: '${raw}' must be a whole number from ${min} to ${max}`);
    }
    return n;
  };
  const port = int('port', 'HOOKFLOW_PORT', 8080, 0, 65535);
  const bodyLimit = int('bodyLimit', 'HOOKFLOW_BODY_LIMIT', 16 * MIB, 1024, 1024 * MIB);
  const logLevel = (pick('logLevel', 'HOOKFLOW_LOG_LEVEL') ?? 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`HOOKFLOW_LOG_LEVEL: '${logLevel}' must be one of ${LOG_LEVELS.join(', ')}`);
  }
  const host = pick('host', 'HOOKFLOW_HOST') ?? '127.0.0.1';
  const secretKey = parseKey(env.HOOKFLOW_SECRET_KEY, problems);
  const allowTargets = (env.HOOKFLOW_ALLOW_TARGETS ?? (databaseUrl.startsWith('sqlite:') ? LOOPBACK.join(',') : ''))
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  for (const cidr of allowTargets) {
    const problem = cidrProblem(cidr);
    if (problem) problems.push(`HOOKFLOW_ALLOW_TARGETS: ${problem}`);
  }
  const deliveryConcurrency = int('deliveryConcurrency', 'HOOKFLOW_DELIVERY_CONCURRENCY', 64, 1, 4096);
  // Longer than the longest request (connection timeouts go up to 60 s), so a live worker never loses its claim.
  const deliveryLeaseSeconds = int('deliveryLeaseSeconds', 'HOOKFLOW_DELIVERY_LEASE_SECONDS', 75, 1, 3600);
  const payloadRetentionDays = int('payloadRetentionDays', 'HOOKFLOW_PAYLOAD_RETENTION_DAYS', 7, 1, 3650);
  const historyRetentionDays = int('historyRetentionDays', 'HOOKFLOW_HISTORY_RETENTION_DAYS', 30, 1, 3650);
  const retryScaleRaw = env.HOOKFLOW_RETRY_SCALE ?? '1';
  const retryScale = Number(retryScaleRaw);
  if (!(retryScale > 0 && retryScale <= 1)) problems.push(`HOOKFLOW_RETRY_SCALE: '${retryScaleRaw}' must be a number above 0 and at most 1`);
  const workers = (pick('workers', 'HOOKFLOW_WORKERS') ?? 'true') !== 'false';
  if (historyRetentionDays < payloadRetentionDays) problems.push('HOOKFLOW_HISTORY_RETENTION_DAYS: must be at least HOOKFLOW_PAYLOAD_RETENTION_DAYS');
  const secretKeyFile = resolve(env.HOOKFLOW_SECRET_KEY_FILE ?? './data/secret.key');
  const metrics = parseMetrics(env, problems);
  // Longer than a page's request (timeouts up to 60 s) and its write, so a live runner keeps its job.
  const fetchLeaseSeconds = int(null, 'HOOKFLOW_FETCH_LEASE_SECONDS', 90, 1, 3600);
  const failuresBeforeAlert = int(null, 'HOOKFLOW_FETCH_ALERT_AFTER', 3, 1, 100);

  if (problems.length) throw new ConfigError(problems);
  return {
    databaseUrl,
    host,
    port,
    bodyLimit,
    logLevel,
    secretKey,
    secretKeyFile,
    allowTargets,
    deliveryConcurrency,
    deliveryLeaseSeconds,
    retryScale,
    payloadRetentionDays,
    historyRetentionDays,
    workers,
    metrics,
    breaker: DEFAULT_BREAKER,
    timings: DEFAULT_TIMINGS,
    alerts: DEFAULT_ALERTS,
    notifications: DEFAULT_NOTIFICATIONS,
    fetch: { lease: fetchLeaseSeconds * SECOND, failuresBeforeAlert },
  };
}

/** Checks a CIDR list entry from configuration; returns the problem, if any. */
export function cidrProblem(cidr: string): string | null {
  const [net = '', prefix] = cidr.split('/');
  const version = isIP(net);
  if (!version) return `'${cidr}' is not an IP range`;
  if (prefix !== undefined && (!/^\d+$/.test(prefix) || Number(prefix) > (version === 6 ? 128 : 32))) return `'${cidr}' has a bad prefix length`;
  return null;
}

function parseKey(raw: string | undefined, problems: string[]): Buffer | null {
  if (raw === undefined) return null;
  const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32) problems.push('HOOKFLOW_SECRET_KEY: must be 32 bytes, as 64 hex digits or base64');
  return key;
}

function parseMetrics(env: NodeJS.ProcessEnv, problems: string[]): MetricsOptions {
  const token = env.HOOKFLOW_METRICS_TOKEN ?? null;
  if (token !== null && (token.length < METRICS_TOKEN_MIN || /[^\x21-\x7e]/.test(token))) {
    problems.push(`HOOKFLOW_METRICS_TOKEN: must be at least ${METRICS_TOKEN_MIN} printable characters, without spaces`);
  }
  const raw = env.HOOKFLOW_METRICS_LISTEN;
  if (raw === undefined) return { token, listen: null };
  // host:port, an IPv6 host in brackets ([::1]:9464).
  const match = /^(?:\[([^\]]+)\]|([^:\s]+)):(\d{1,5})$/.exec(raw);
  const port = Number(match?.[3]);
  if (!match || port > 65535) {
    problems.push(`HOOKFLOW_METRICS_LISTEN: '${raw}' must be host:port (e.g. 127.0.0.1:9464)`);
    return { token, listen: null };
  }
  return { token, listen: { host: (match[1] ?? match[2]) as string, port } };
}

/** The SQLite file a `sqlite:` URL names, resolved against the working directory. */
export const sqlitePath = (url: string) => {
  const path = url.slice('sqlite:'.length);
  return path === ':memory:' ? path : resolve(path);
};
