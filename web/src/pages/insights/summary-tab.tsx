import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { ErrorNotice, Loading } from '../../components/notice';
import { formatPercent } from '../../format';
import { COLORS } from './colors';
import { Breakdown, FigureCard, FigureLink } from './figure-card';
import type { InsightPeriod } from './insight-params';
import { TimeChart } from './time-chart';
import { KINDS, REASONS } from './words';


/** The Summary tab: what was processed, triggered and delivered over the period. */
export function SummaryTab({ period }: { period: InsightPeriod }) {
  const summary = useQuery({
    queryKey: ['insights', 'summary', period],
    queryFn: () => ok(api.GET('/v1/insights/summary', { params: { query: period } })),
    placeholderData: keepPreviousData,
  });
  if (summary.isPending) return <Loading />;
  if (summary.error) return <ErrorNotice error={summary.error} />;
  const s = summary.data;
  const finished = s.processingStatus.successes + s.processingStatus.failures;
  const times = s.processingStatus.series.map((p) => p.at);
  return (
    <div aria-busy={summary.isPlaceholderData}>
      <div className="figures">
        <FigureCard figure="changes_processed" value={s.changesProcessed} period={period} />
        <FigureCard figure="unique_registrations" value={s.uniqueRegistrations} period={period} />
        <FigureCard figure="actions_triggered" value={s.actionsTriggered} period={period} />
        {s.actionsNotTriggered.total > 0 && (
          <FigureCard figure="actions_not_triggered" value={s.actionsNotTriggered.total} period={period} tone="warn">
            <Breakdown title="Why" parts={s.actionsNotTriggered.byReason} words={REASONS} figure="actions_not_triggered" filter="reason" period={period} />
          </FigureCard>
        )}
        <FigureCard figure="active_flows" value={s.activeFlows} period={period} />
        <FigureCard figure="leads_created" value={s.leadsCreated} period={period} />
        <FigureCard figure="leads_updated" value={s.leadsUpdated} period={period} />
      </div>

      <div className="chart-cards">
        <section className="card" aria-labelledby="processing-status">
          <h2 id="processing-status">Processing Status</h2>
          <div className="split">
            <p>
              <FigureLink figure="successes" value={s.processingStatus.successes} period={period} /> successes
            </p>
            <p>
              <FigureLink figure="failures" value={s.processingStatus.failures} period={period} /> failures
            </p>
            {finished > 0 && <p className="hint">{formatPercent(s.processingStatus.successes / finished)} delivered</p>}
          </div>
          {finished > 0 && (
            <div className="ratio" aria-hidden="true">
              <span className="ratio-good" style={{ width: `${(s.processingStatus.successes / finished) * 100}%` }} />
              <span className="ratio-bad" style={{ width: `${(s.processingStatus.failures / finished) * 100}%` }} />
            </div>
          )}
          <TimeChart
            title="Successes and failures"
            times={times}
            series={[
              { label: 'Successes', color: COLORS.delivered, values: s.processingStatus.series.map((p) => p.counts.delivered ?? 0) },
              { label: 'Failures', color: COLORS.failed, values: s.processingStatus.series.map((p) => (p.counts.failed ?? 0) + (p.counts.abandoned ?? 0)) },
            ]}
          />
        </section>

        <section className="card" aria-labelledby="registration-activity">
          <h2 id="registration-activity">Registration Activity</h2>
          <p>
            <FigureLink figure="registration_activity" value={s.registrationActivity.total} period={period} /> changes recorded
          </p>
          <Breakdown title="By kind" parts={s.registrationActivity.byKind} words={KINDS} figure="registration_activity" filter="kind" period={period} />
          <TimeChart
            title="Changes recorded"
            times={s.registrationActivity.series.map((p) => p.at)}
            series={[{ label: 'Changes', color: COLORS.activity, values: s.registrationActivity.series.map((p) => Object.values(p.counts).reduce((a, b) => a + b, 0)) }]}
          />
        </section>
      </div>
    </div>
  );
}
