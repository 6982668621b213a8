/** A status in words, coloured by how it went: the word carries the meaning, the colour only helps. */
const TONES: Record<string, 'good' | 'warn' | 'bad' | 'neutral'> = {
  delivered: 'good',
  done: 'good',
  succeeded: 'good',
  paused: 'neutral',
  resolved: 'good',
  complete: 'good',
  active: 'good',
  pending: 'neutral',
  queued: 'neutral',
  running: 'neutral',
  acknowledged: 'neutral',
  retrying: 'warn',
  retry: 'warn',
  incomplete: 'warn',
  open: 'bad',
  failed: 'bad',
  error: 'bad',
  abandoned: 'bad',
  cancelled: 'neutral',
};

export function StatusBadge({ status, label }: { status: string; label?: string }) {
  const tone = TONES[status.toLowerCase()] ?? 'neutral';
  return <span className={`badge ${tone}`}>{label ?? status.charAt(0).toUpperCase() + status.slice(1)}</span>;
}
