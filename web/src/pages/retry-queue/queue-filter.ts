import type { paths } from '../../api/schema';

/** The Retry Queue's filters as the guide has them (Integration, Connection, Status, Category), kept in the address. */
type ListQuery = NonNullable<paths['/v1/deliveries']['get']['parameters']['query']>;
export type QueueStatus = NonNullable<ListQuery['queue']>;
export type FailureCategory = NonNullable<ListQuery['category']>;

export interface QueueFilter {
  flow?: string;
  connection?: string;
  queue?: QueueStatus;
  category?: FailureCategory;
}

/** The guide's statuses, with what each means here. */
export const QUEUE_STATUSES: readonly { value: QueueStatus; hint: string }[] = [
  { value: 'Retry', hint: 'Waiting for its next automatic try' },
  { value: 'Error', hint: 'Failed, not retried: the target refused the data' },
  { value: 'Failed', hint: 'Its automatic retries ran out' },
  { value: 'Done', hint: 'Delivered after a retry' },
];

export const CATEGORY_LABELS: Record<FailureCategory, string> = {
  connection: 'Connection',
  config: 'Config',
  validation: 'Validation',
  system: 'System',
  platform_api: 'Platform API',
};

const isQueueStatus = (v: string | null): v is QueueStatus => QUEUE_STATUSES.some((s) => s.value === v);
const isCategory = (v: string | null): v is FailureCategory => v !== null && v in CATEGORY_LABELS;

/** The filter an address names; anything it does not know is left out rather than sent. */
export function filterOf(search: URLSearchParams): QueueFilter {
  const queue = search.get('status');
  const category = search.get('category');
  return {
    ...(search.get('flow') ? { flow: search.get('flow') as string } : {}),
    ...(search.get('connection') ? { connection: search.get('connection') as string } : {}),
    ...(isQueueStatus(queue) ? { queue } : {}),
    ...(isCategory(category) ? { category } : {}),
  };
}

/** The address's query for a filter: the guide's word `status` for the queue status. */
export function searchOf(f: QueueFilter): Record<string, string> {
  const { queue, ...rest } = f;
  return Object.fromEntries(Object.entries({ ...rest, status: queue }).filter((e): e is [string, string] => Boolean(e[1])));
}

/** What the API matches for a filter: the Retry Queue is what is or was retrying or failing. */
export const apiFilterOf = (f: QueueFilter) => ({ ...f, retryQueue: true });
