import type { Transform } from './model.js';

/** The first <a> of rich text: its title (link text) or its URL; a bare URL counts as a link. */
function firstLink(html: string): { title: string; url: string } | null {
  const a = /<a\b[^>]*?href\s*=\s*(["'])(.*?)\1[^>]*>([\s\S]*?)<\/a>/i.exec(html);
  if (a) return { url: a[2] as string, title: (a[3] as string).replace(/<[^>]+>/g, '').trim() || (a[2] as string) };
  const bare = /https?:\/\/[^\s"'<>]+/i.exec(html);
  return bare ? { url: bare[0], title: bare[0] } : null;
}

const proper = (s: string) => s.toLowerCase().replace(/(^|[\s\-'(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());

export const TRANSFORM: Record<Transform, (s: string) => string> = {
  lower: (s) => s.toLowerCase(),
  upper: (s) => s.toUpperCase(),
  proper,
  /** "Removes extra spaces": ends trimmed, inner runs collapsed to one. */
  trim: (s) => s.trim().replace(/\s{2,}/g, ' '),
  first_link_title: (s) => firstLink(s)?.title ?? '',
  first_link_url: (s) => firstLink(s)?.url ?? '',
};
