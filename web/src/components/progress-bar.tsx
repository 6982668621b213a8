import { formatNumber } from '../format';
import './progress-bar.css';

/** How far a background job (a bulk resubmit, a replay) has come: a bar a screen reader reads as "done of total". */
export function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  return (
    <div className="progress">
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-valuetext={`${formatNumber(done)} of ${formatNumber(total)}`} className="progress-track">
        <div className="progress-fill" style={{ width: `${share * 100}%` }} />
      </div>
      <span className="progress-text">
        {formatNumber(done)} / {formatNumber(total)}
      </span>
    </div>
  );
}
