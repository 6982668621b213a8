/**
 * Server-Sent Events, as the WHATWG spec reads them: fields of `name: value` lines, a blank line
 * ending each message. Values here never hold a line break (JSON escapes its own).
 */

/** An event with its id: a client reconnecting sends the last one it saw as `Last-Event-ID`. */
export const sseEvent = (id: string, event: string, data: unknown) => `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/** Only an id: the client's last event id moves on, and no event fires (its data is empty). */
export const sseId = (id: string) => `id: ${id}\n\n`;

/** A comment, which clients ignore: it keeps proxies from closing a quiet stream. */
export const sseComment = (text: string) => `: ${text}\n\n`;
