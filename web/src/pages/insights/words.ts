import { EVENT_TYPES } from '../../event-types';
import type { Figure } from './insight-params';

/** The kind of row a figure counts, which decides its columns and the filters that narrow it. */
export type RecordKind = 'outcome' | 'registration' | 'delivery' | 'change' | 'attempt' | 'flow';

/** Every figure in the guide's words: its name, what it counts, and what its records are. */
export const FIGURES: Record<Figure, { label: string; about: string; records: RecordKind }> = {
  changes_processed: { label: 'Changes Processed', about: 'Each time a registration was created or updated and then processed by a flow.', records: 'outcome' },
  unique_registrations: { label: 'Unique Registrations', about: 'Registrations processed, each counted once however often.', records: 'registration' },
  actions_triggered: { label: 'Actions Triggered', about: 'Actions the flows triggered.', records: 'delivery' },
  actions_not_triggered: { label: 'Actions Not Triggered', about: 'Changes a flow processed without triggering its actions (an untagged status, an inactive flow…).', records: 'outcome' },
  active_flows: { label: 'Active Flows', about: 'Flows that processed changes in the period.', records: 'flow' },
  leads_created: { label: 'Leads Created', about: 'Leads created in the target applications.', records: 'attempt' },
  leads_updated: { label: 'Leads Updated', about: 'Leads updated in the target applications.', records: 'attempt' },
  registration_activity: { label: 'Registration Activity', about: 'Changes recorded in the platform.', records: 'change' },
  successes: { label: 'Successes', about: 'Attempts that delivered.', records: 'attempt' },
  failures: { label: 'Failures', about: 'Attempts that failed for good (not retried, or abandoned).', records: 'attempt' },
  in_retry_queue: { label: 'In Retry Queue', about: 'Actions waiting to be tried again, now.', records: 'delivery' },
  total_retried: { label: 'Total Retried', about: 'Retries: an action retried twice adds 2.', records: 'attempt' },
  retried_abandoned: { label: 'Retried Abandoned', about: 'Actions that failed every retry.', records: 'attempt' },
  validation_errors: { label: 'Validation Errors', about: 'Failed validation: no retry is possible (a required field had no value).', records: 'attempt' },
  failed_attempts: { label: 'Failed Attempts', about: 'Every attempt that failed: retried, failed or abandoned.', records: 'attempt' },
};

export const isFigure = (name: string): name is Figure => Object.hasOwn(FIGURES, name);

export const REASONS: Record<string, string> = {
  untagged_status: 'Untagged status',
  inactive: 'Flow inactive',
  incomplete: 'Flow incomplete',
  not_activated: 'Not activated for this record',
  filtered_out: 'Filtered out',
  live_test_mismatch: 'Live/Test mismatch',
};

export const KINDS: Record<string, string> = EVENT_TYPES;

/** The retry queue's categories, as the guide names them. */
export const CATEGORIES: Record<string, string> = {
  connection: 'Connection',
  config: 'Config',
  validation: 'Validation',
  system: 'System',
  platform_api: 'Platform API',
};

/** Short names of the likely causes; the API gives their full words (`likely`, `whatToDo`). */
export const CAUSES: Record<string, string> = {
  credentials: 'Credentials refused',
  url_changed: 'Address changed',
  target_down: 'Target down',
  target_api_changed: 'Data rejected',
  rate_limited: 'Rate limited',
  mapping: 'Mapping incomplete',
  configuration: 'Set-up incomplete',
  source_missing: 'Record missing',
  internal: 'Hookflow error',
};

export const RESULTS: Record<string, string> = {
  delivered: 'Delivered',
  retrying: 'Retrying',
  failed: 'Failed',
  pending: 'Pending',
  not_triggered: 'Not triggered',
  abandoned: 'Abandoned',
};

export const wordFor = (words: Record<string, string>, key: string | null | undefined) => (key ? (words[key] ?? key) : '—');
