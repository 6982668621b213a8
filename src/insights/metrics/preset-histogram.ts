import type { Metric } from 'prom-client';

/** One histogram series as the rollups hold it: a count per bucket (not cumulative, +Inf last) and the sum. */
export interface PresetSeries {
  labels: Record<string, string>;
  counts: readonly number[];
  sum: number;
}

/**
 * A histogram whose buckets are counted elsewhere (in the database, by every process), read at
 * scrape time. prom-client's Histogram only counts what `observe()` is given, one value at a time;
 * its Registry, though, writes any metric that answers `get()` with the values of its own
 * histograms (`_bucket` by `le`, cumulative, then `_sum` and `_count`), so the exposition, its
 * escaping and its content types stay prom-client's.
 */
export class PresetHistogram {
  readonly type = 'histogram';
  readonly aggregator = 'sum';

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly bounds: readonly number[],
    private readonly read: () => Promise<readonly PresetSeries[]>,
  ) {}

  async get() {
    const values = (await this.read()).flatMap((s) => this.values(s));
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }

  /** Nothing is kept here to reset: every scrape reads afresh. */
  reset() {}

  /** The Registry's types name only prom-client's own classes; it calls nothing else than the above. */
  asMetric(): Metric {
    return this as unknown as Metric;
  }

  private values({ labels, counts, sum }: PresetSeries) {
    let below = 0;
    const buckets = [...this.bounds, '+Inf' as const].map((le, i) => {
      below += counts[i] ?? 0;
      return { metricName: `${this.name}_bucket`, labels: { ...labels, le }, value: below };
    });
    return [...buckets, { metricName: `${this.name}_sum`, labels, value: sum }, { metricName: `${this.name}_count`, labels, value: below }];
  }
}
