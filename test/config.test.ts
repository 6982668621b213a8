import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_DATABASE_URL, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('defaults to the embedded SQLite store on 127.0.0.1:8080', () => {
    expect(loadConfig({})).toEqual({
      databaseUrl: DEFAULT_DATABASE_URL,
      host: '127.0.0.1',
      port: 8080,
      bodyLimit: 16 * 1024 * 1024,
      logLevel: 'info',
      secretKey: null,
      secretKeyFile: resolve('./data/secret.key'),
      allowTargets: ['127.0.0.0/8', '::1/128'],
      deliveryConcurrency: 64,
      deliveryLeaseSeconds: 75,
      retryScale: 1,
      payloadRetentionDays: 7,
      historyRetentionDays: 30,
      workers: true,
      metrics: { token: null, listen: null },
      breaker: { failures: 10, sustained: 30_000, probeEvery: 15_000 },
      timings: { deliveryPoll: 250, changePoll: 1000, replayPoll: 500, changeBatch: 500, replayBatch: 500, bulkResubmitPoll: 1000, bulkResubmitBatch: 500, postbackPoll: 1000, postbackBatch: 100, fetchPoll: 1000, tailPoll: 500, tailHeartbeat: 15000 },
      // The last 15 minutes judged against the 3 hours before, once 3 deliveries failed; a spike is 3 times the baseline and a quarter of the window.
      alerts: {
        every: 60_000,
        window: 15 * 60_000,
        baseline: 3 * 3_600_000,
        minFailing: 3,
        spikeRatio: 3,
        spikeRate: 0.25,
        minBaseline: 10,
        recurring: { days: 3, over: 7, tolerance: 30 * 60_000 },
      },
      notifications: { poll: 1000, batch: 20, retryDelays: [10_000, 60_000, 600_000, 3_600_000], lease: 120_000 },
      fetch: { lease: 90_000, failuresBeforeAlert: 3 },
    });
  });

  it('lets the embedded demo reach loopback targets, and PostgreSQL deployments nothing private unless allowed', () => {
    expect(loadConfig({ HOOKFLOW_DATABASE_URL: 'postgres://db/x' }).allowTargets).toEqual([]);
    expect(loadConfig({ HOOKFLOW_ALLOW_TARGETS: '10.0.0.0/8, 192.168.1.0/24' }).allowTargets).toEqual(['10.0.0.0/8', '192.168.1.0/24']);
    expect(() => loadConfig({ HOOKFLOW_ALLOW_TARGETS: 'intranet' })).toThrow("HOOKFLOW_ALLOW_TARGETS: 'intranet' is not an IP range");
  });

  it('takes the secret key as 64 hex digits or base64 of 32 bytes, and nothing else', () => {
    const hex = 'ab'.repeat(32);
    expect(loadConfig({ HOOKFLOW_SECRET_KEY: hex }).secretKey?.toString('hex')).toBe(hex);
    expect(loadConfig({ HOOKFLOW_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') }).secretKey).toEqual(Buffer.alloc(32, 7));
    expect(() => loadConfig({ HOOKFLOW_SECRET_KEY: 'short' })).toThrow('HOOKFLOW_SECRET_KEY: must be 32 bytes, as 64 hex digits or base64');
  });

  it('switches to PostgreSQL with HOOKFLOW_DATABASE_URL, and lets flags win over the environment', () => {
    const config = loadConfig({ HOOKFLOW_DATABASE_URL: 'postgres://db/hookflow', HOOKFLOW_PORT: '9000' }, { port: '9100' });
    expect(config).toMatchObject({ databaseUrl: 'postgres://db/hookflow', port: 9100 });
  });

  it('reports every bad value at once, each with its name', () => {
    const attempt = () => loadConfig({ HOOKFLOW_DATABASE_URL: 'mysql://x', HOOKFLOW_PORT: 'eighty', HOOKFLOW_LOG_LEVEL: 'loud', HOOKFLOW_BODY_LIMIT: '10' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        "HOOKFLOW_DATABASE_URL: 'mysql://x' must be sqlite:<file> or postgres://...",
        "HOOKFLOW_PORT: 'eighty' must be a whole number from 0 to 65535",
        "HOOKFLOW_BODY_LIMIT: '10' must be a whole number from 1024 to 1073741824",
        "HOOKFLOW_LOG_LEVEL: 'loud' must be one of fatal, error, warn, info, debug, trace, silent",
      ]);
    }
  });

  it("reads a fetch job's lease and the failed runs before the account is told, and names a bad one", () => {
    expect(loadConfig({ HOOKFLOW_FETCH_LEASE_SECONDS: '5', HOOKFLOW_FETCH_ALERT_AFTER: '1' }).fetch).toEqual({ lease: 5_000, failuresBeforeAlert: 1 });
    expect(() => loadConfig({ HOOKFLOW_FETCH_LEASE_SECONDS: '0' })).toThrow("HOOKFLOW_FETCH_LEASE_SECONDS: '0' must be a whole number from 1 to 3600");
  });

  it('opens /metrics with a bearer token and/or on a listen address of its own, and names each bad value', () => {
    const token = 'a-long-metrics-token-1234';
    expect(loadConfig({ HOOKFLOW_METRICS_TOKEN: token }).metrics).toEqual({ token, listen: null });
    expect(loadConfig({ HOOKFLOW_METRICS_LISTEN: '0.0.0.0:9464' }).metrics).toEqual({ token: null, listen: { host: '0.0.0.0', port: 9464 } });
    expect(loadConfig({ HOOKFLOW_METRICS_LISTEN: '[::1]:9464' }).metrics.listen).toEqual({ host: '::1', port: 9464 });
    try {
      loadConfig({ HOOKFLOW_METRICS_TOKEN: 'short', HOOKFLOW_METRICS_LISTEN: '9464' });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'HOOKFLOW_METRICS_TOKEN: must be at least 16 printable characters, without spaces',
        "HOOKFLOW_METRICS_LISTEN: '9464' must be host:port (e.g. 127.0.0.1:9464)",
      ]);
    }
    expect(() => loadConfig({ HOOKFLOW_METRICS_TOKEN: 'has spaces in it, sixteen+' })).toThrow('HOOKFLOW_METRICS_TOKEN');
    expect(() => loadConfig({ HOOKFLOW_METRICS_LISTEN: 'localhost:70000' })).toThrow('HOOKFLOW_METRICS_LISTEN');
  });
});
