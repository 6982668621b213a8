const pad = (n: number) => String(n).padStart(2, '0');

/** The "current date (formatted)" macro: tokens YYYY MM DD HH mm ss, in UTC so a render does not depend on the server's zone. */
export function formatDate(d: Date, format: string): string {
  const parts: Record<string, string> = {
    YYYY: String(d.getUTCFullYear()), MM: pad(d.getUTCMonth() + 1), DD: pad(d.getUTCDate()),
    HH: pad(d.getUTCHours()), mm: pad(d.getUTCMinutes()), ss: pad(d.getUTCSeconds()),
  };
  return format.replace(/YYYY|MM|DD|HH|mm|ss/g, (t) => parts[t] ?? t);
}

export const DEFAULT_DATE_FORMAT = 'YYYY-MM-DD HH:mm:ss';
