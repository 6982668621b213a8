import { SelectField } from '../../components/field';
import { formatTime } from '../../format';
import { MODES, PERIODS, useInsightParams } from './insight-params';

/** Live or Test Flows, and the period: both kept in the address. */
export function PeriodControls({ shown }: { shown?: { from: string; to: string } | undefined }) {
  const { last, mode, change } = useInsightParams();
  const periods = PERIODS.some((p) => p.value === last) ? PERIODS : [...PERIODS, { value: last, label: `Last ${last}` }];
  return (
    <div className="period-controls">
      <SelectField label="Flows" value={mode} options={MODES} onChange={(v) => change({ mode: v === 'live' ? undefined : v })} />
      <SelectField label="Period" value={last} options={periods} onChange={(v) => change({ last: v })} />
      {shown && (
        <p className="hint period-shown">
          {formatTime(shown.from)} – {formatTime(shown.to)}
        </p>
      )}
    </div>
  );
}
