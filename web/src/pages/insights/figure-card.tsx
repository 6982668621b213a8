import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { formatNumber } from '../../format';
import { type Filter, type Figure, type InsightPeriod, recordsHref } from './insight-params';
import { FIGURES } from './words';

/** A figure's number, linking to its records (the drill-down) under the same period and filters. */
export function FigureLink({ figure, value, period, filters, label }: { figure: Figure; value: number; period: InsightPeriod; filters?: Partial<Record<Filter, string>>; label?: string }) {
  const name = label ?? FIGURES[figure].label;
  return (
    <Link href={recordsHref(figure, period, filters)} className="figure-link" aria-label={`${name}: ${formatNumber(value)}, see the records`}>
      {formatNumber(value)}
    </Link>
  );
}

/** One of a tab's figures: its name, its number (to its records), what it counts, and more below. */
export function FigureCard({ figure, value, period, tone, children }: { figure: Figure; value: number; period: InsightPeriod; tone?: 'good' | 'warn' | 'bad'; children?: ReactNode }) {
  const { label, about } = FIGURES[figure];
  return (
    <div className={tone ? `figure-card ${tone}` : 'figure-card'} data-figure={figure}>
      <h3>{label}</h3>
      <FigureLink figure={figure} value={value} period={period} />
      <p className="hint">{about}</p>
      {children}
    </div>
  );
}

/** A figure's parts (by reason, by kind, by category): each part's count links to its own records. */
export function Breakdown({ title, parts, words, figure, filter, period }: { title: string; parts: Record<string, number>; words: Record<string, string>; figure: Figure; filter: Filter; period: InsightPeriod }) {
  const entries = Object.entries(parts).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return null;
  const most = Math.max(...entries.map(([, n]) => n));
  return (
    <div className="breakdown">
      <h4>{title}</h4>
      <ul>
        {entries.map(([key, n]) => (
          <li key={key}>
            <span className="breakdown-label">{words[key] ?? key}</span>
            <span className="breakdown-bar" aria-hidden="true">
              <span style={{ width: `${Math.max(4, (n / most) * 100)}%` }} />
            </span>
            <FigureLink figure={figure} value={n} period={period} filters={{ [filter]: key }} label={`${FIGURES[figure].label}, ${words[key] ?? key}`} />
          </li>
        ))}
      </ul>
    </div>
  );
}
