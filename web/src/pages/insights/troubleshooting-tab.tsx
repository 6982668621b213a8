import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { DataTable } from '../../components/table';
import { Empty, ErrorNotice, Loading } from '../../components/notice';
import { COLORS, PALETTE } from './colors';
import { Breakdown, FigureCard, FigureLink } from './figure-card';
import type { InsightPeriod } from './insight-params';
import { TimeChart } from './time-chart';
import { CATEGORIES, CAUSES } from './words';

type Troubleshooting = NonNullable<Awaited<ReturnType<typeof fetchTroubleshooting>>>;

const fetchTroubleshooting = (period: InsightPeriod) => ok(api.GET('/v1/insights/troubleshooting', { params: { query: period } }));

/** The Troubleshooting tab: the retry queue now, retries and failures over the period, and why they failed. */
export function TroubleshootingTab({ period }: { period: InsightPeriod }) {
  const t = useQuery({ queryKey: ['insights', 'troubleshooting', period], queryFn: () => fetchTroubleshooting(period), placeholderData: keepPreviousData });
  if (t.isPending) return <Loading />;
  if (t.error) return <ErrorNotice error={t.error} />;
  const d = t.data;
  return (
    <div aria-busy={t.isPlaceholderData}>
      <div className="figures">
        <FigureCard figure="in_retry_queue" value={d.inRetryQueue} period={period} tone={d.inRetryQueue > 0 ? 'warn' : undefined} />
        <FigureCard figure="total_retried" value={d.totalRetried} period={period} />
        <FigureCard figure="retried_abandoned" value={d.retriedAbandoned} period={period} tone={d.retriedAbandoned > 0 ? 'bad' : undefined} />
        <FigureCard figure="validation_errors" value={d.validationErrors} period={period} tone={d.validationErrors > 0 ? 'bad' : undefined} />
      </div>
      <FailureCauses causes={d.failureCauses} period={period} />
      <div className="chart-cards">
        <section className="card" aria-labelledby="retry-activity">
          <h2 id="retry-activity">Retry Activity</h2>
          <TimeChart title="Retries" times={d.retryActivity.map((p) => p.at)} series={[{ label: 'Retries', color: COLORS.retried, values: d.retryActivity.map((p) => p.counts.retried ?? 0) }]} />
        </section>
        <section className="card" aria-labelledby="retry-category">
          <h2 id="retry-category">Retry Processing Category</h2>
          {Object.values(d.retryProcessingCategory).some((n) => n > 0) ? (
            <Breakdown title="Retries by category" parts={d.retryProcessingCategory} words={CATEGORIES} figure="total_retried" filter="category" period={period} />
          ) : (
            <Empty>No retries in this period.</Empty>
          )}
        </section>
      </div>
      <ConnectionActivity connections={d.connectionActivity} period={period} />
    </div>
  );
}

/** Why attempts failed, in the monitoring guide's words: what it likely is and what to do, each cause to its attempts. */
function FailureCauses({ causes, period }: { causes: Troubleshooting['failureCauses']; period: InsightPeriod }) {
  return (
    <section className="card" aria-labelledby="failure-causes">
      <h2 id="failure-causes">Why deliveries failed</h2>
      {causes.length === 0 ? (
        <Empty>No failed attempts in this period.</Empty>
      ) : (
        <ul className="causes">
          {causes.map((c) => (
            <li key={c.cause} className="cause">
              <div className="cause-head">
                <h3>{CAUSES[c.cause] ?? c.cause}</h3>
                <span className="cause-count">
                  <FigureLink figure="failed_attempts" value={c.count} period={period} filters={{ cause: c.cause }} label={`Failed attempts, ${CAUSES[c.cause] ?? c.cause}`} /> {c.count === 1 ? 'attempt' : 'attempts'}
                </span>
              </div>
              <p>{c.likely}</p>
              <p>
                <strong>What to do: </strong>
                {c.whatToDo}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Attempts per connection: delivered and failed, as numbers (to their records) and over time. */
function ConnectionActivity({ connections, period }: { connections: Troubleshooting['connectionActivity']; period: InsightPeriod }) {
  const times = connections[0]?.series.map((p) => p.at) ?? [];
  return (
    <section className="card" aria-labelledby="connection-activity">
      <h2 id="connection-activity">Connection Activity</h2>
      <DataTable
        caption="Attempts per connection"
        rows={connections}
        rowKey={(c) => c.connection}
        empty="No attempts in this period."
        columns={[
          { header: 'Connection', cell: (c) => c.connection },
          { header: 'Delivered', numeric: true, cell: (c) => <FigureLink figure="successes" value={c.delivered} period={period} filters={{ connection: c.connection }} label={`Delivered to ${c.connection}`} /> },
          { header: 'Failed', numeric: true, cell: (c) => <FigureLink figure="failed_attempts" value={c.failed} period={period} filters={{ connection: c.connection }} label={`Failed to ${c.connection}`} /> },
        ]}
      />
      {connections.length > 0 && (
        <TimeChart
          title="Attempts per connection"
          times={times}
          series={connections.slice(0, PALETTE.length).flatMap((c, i) => [
            { label: `${c.connection} delivered`, color: PALETTE[i] ?? COLORS.delivered, values: c.series.map((p) => p.delivered) },
            { label: `${c.connection} failed`, color: PALETTE[i] ?? COLORS.failed, dashed: true, values: c.series.map((p) => p.failed) },
          ])}
        />
      )}
    </section>
  );
}
