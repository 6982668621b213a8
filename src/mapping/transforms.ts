import type { Transform } from './model.js';

export type TextStep = (s: string) => string;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
/** Rich text escapes `&` in URLs and titles (`?a=1&amp;b=2`); the target wants the characters. */
const decodeEntities = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_m, e: string) => ENTITIES[e] ?? _m);

/**
 * The FIRST link of a rich-text custom field, as Touchpoint's related links read it: the <a>'s
 * text (its URL if it has none) and its href. A bare URL in plain text counts as a link.
 */
function firstLink(html: string): { title: string; url: string } | null {
  const a = /<a\b[^>]*?\bhref\s*=\s*(["'])(.*?)\1[^>]*>([\s\S]*?)<\/a>/i.exec(html);
  if (a) {
    const url = decodeEntities((a[2] ?? '').trim());
    const title = decodeEntities((a[3] ?? '').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
    return { url, title: title || url };
  }
  const bare = /https?:\/\/[^\s"'<>]+/i.exec(html);
  return bare ? { url: decodeEntities(bare[0]), title: decodeEntities(bare[0]) } : null;
}

/** Proper Case: each word capitalised, including after a hyphen, apostrophe or bracket (Jean-Luc O'Brien). */
const proper = (s: string) => s.toLowerCase().replace(/(^|[\s\-'(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());

export const TRANSFORM: Record<Transform, TextStep> = {
  lower: (s) => s.toLowerCase(),
  upper: (s) => s.toUpperCase(),
  proper,
  /** "Removes extra spaces": ends trimmed, inner runs collapsed to one. */
  trim: (s) => s.trim().replace(/\s{2,}/g, ' '),
  first_link_title: (s) => firstLink(s)?.title ?? '',
  first_link_url: (s) => firstLink(s)?.url ?? '',
};
