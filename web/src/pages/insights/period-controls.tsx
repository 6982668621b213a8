import { SelectField } from '../../components/field';
import { MODES, PERIODS, useInsightParams } from './insight-params';

/** Live or Test Flows, and the period: both kept in the address. */
export function PeriodControls() {
  const { last, mode, change } = useInsightParams();
  // A period typed into the address that the list lacks (the API takes 1d to 31d) stays shown.
  const periods = PERIODS.some((p) => p.value === last) ? PERIODS : [...PERIODS, { value: last, label: `Last ${last}` }];
  return (
    <div className="period-controls">
      <SelectField label="Flows" value={mode} options={MODES} onChange={(v) => change({ mode: v === 'live' ? undefined : v })} />
      <SelectField label="Period" value={last} options={periods} onChange={(v) => change({ last: v })} />
    </div>
  );
}
