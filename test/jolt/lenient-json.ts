/**
 * Jolt's fixtures are lenient JSON: `//` comments to the end of the line. This drops them,
 * leaving `//` inside strings ("http://...") alone, then parses.
 */
export function parseLenientJson(text: string): unknown {
  let out = '';
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const c = text.charAt(index);
    if (inString) {
      out += c;
      if (c === '\\') out += text.charAt(++index);
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text.charAt(index + 1) === '/') {
      while (index < text.length && text.charAt(index) !== '\n') index++;
      out += '\n';
    } else {
      out += c;
    }
  }
  return JSON.parse(out);
}
