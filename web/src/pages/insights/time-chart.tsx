import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatNumber, formatTime } from '../../format';

export interface ChartSeries {
  label: string;
  values: number[];
  color: string;
  /** Drawn dashed: the second series of a pair in one colour (a connection's failures beside its deliveries). */
  dashed?: boolean;
}

const HEIGHT = 200;

/** A lone series as bars (counts per step read best so); several as lines, a pair told apart by a dash. */
function drawing(s: ChartSeries, alone: boolean): uPlot.Series {
  if (alone) return { label: s.label, stroke: s.color, fill: `${s.color}cc`, width: 0, points: { show: false }, paths: uPlot.paths.bars?.({ size: [0.7, 48] }) };
  return { label: s.label, stroke: s.color, width: 2, ...(s.dashed ? { dash: [6, 4] } : { fill: `${s.color}1a` }), points: { show: false } };
}

/**
 * Counts over time drawn by uPlot, as wide as its frame (it redraws when the frame resizes). The
 * canvas is hidden from screen readers: a table beside it says the same numbers, leaving out the
 * empty steps.
 */
export function TimeChart({ title, times, series }: { title: string; times: string[]; series: ChartSeries[] }) {
  const frame = useRef<HTMLDivElement>(null);
  // Redrawn when the numbers change, not whenever a parent renders new arrays of the same numbers.
  const drawn = JSON.stringify([times, series]);
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const options: uPlot.Options = {
      width: Math.max(el.clientWidth, 200),
      height: HEIGHT,
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: { y: { range: (_u, _min, max) => [0, Math.max(max, 1) * 1.1] } },
      axes: [{ stroke: '#4f5b6d', grid: { stroke: '#eceff3' } }, { stroke: '#4f5b6d', grid: { stroke: '#eceff3' }, size: 40, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000, 10000] }],
      series: [{}, ...series.map((s) => drawing(s, series.length === 1))],
    };
    const data: uPlot.AlignedData = [times.map((t) => Date.parse(t) / 1000), ...series.map((s) => s.values)];
    const plot = new uPlot(options, data, el);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(el.clientWidth, 200), height: HEIGHT }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drawn]);

  const rows = times.map((at, i) => ({ at, values: series.map((s) => s.values[i] ?? 0) })).filter((r) => r.values.some((v) => v > 0));
  return (
    <figure className="time-chart">
      <figcaption>{title}</figcaption>
      <ul className="chart-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.label}>
            <span className={s.dashed ? 'swatch dashed' : 'swatch'} style={s.dashed ? { borderColor: s.color } : { background: s.color }} />
            {s.label}
          </li>
        ))}
      </ul>
      <div ref={frame} className="chart-frame" aria-hidden="true" />
      <div className="visually-hidden">
      <table data-chart-values={title}>
        <caption>{title}, by time</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            {series.map((s) => (
              <th key={s.label} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={series.length + 1}>Nothing in this period.</td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.at}>
                <th scope="row">{formatTime(r.at)}</th>
                {r.values.map((v, i) => (
                  <td key={series[i]?.label}>{formatNumber(v)}</td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
