import { Page } from '../../components/page';
import { Tabs } from '../../components/tabs';
import { ActivityTab } from './activity-tab';
import { useInsightParams } from './insight-params';
import { PeriodControls } from './period-controls';
import { SummaryTab } from './summary-tab';
import { TroubleshootingTab } from './troubleshooting-tab';
import './insights.css';

const TABS = [
  { id: 'summary', label: 'Summary' },
  { id: 'troubleshooting', label: 'Troubleshooting' },
  { id: 'activity', label: 'Activity Feed' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/** Metrics > Insights: the Summary, Troubleshooting and Activity Feed tabs over a period, Live or Test. */
export default function InsightsPage() {
  const { params, period, change } = useInsightParams();
  const tab: Tab = TABS.find((t) => t.id === params.get('tab'))?.id ?? 'summary';
  return (
    <Page title="Insights" actions={<PeriodControls />}>
      <Tabs label="Insights" tabs={TABS} selected={tab} onSelect={(id) => change({ tab: id === 'summary' ? undefined : id })}>
        {tab === 'summary' && <SummaryTab period={period} />}
        {tab === 'troubleshooting' && <TroubleshootingTab period={period} />}
        {tab === 'activity' && <ActivityTab period={period} />}
      </Tabs>
    </Page>
  );
}
