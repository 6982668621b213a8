/**
 * Where a JSON text first goes wrong. Node 20's JSON.parse often says only "Unexpected token '}'",
 * and a pasted sample can be long: the line and column are what a person needs to fix it.
 * A small recursive-descent scan; it only runs after JSON.parse has already failed.
 */
export interface TextPosition {
  offset: number;
  line: number;
  column: number;
}

class Stop {
  constructor(readonly at: number) {}
}

export function jsonErrorPosition(text: string): TextPosition | null {
  let i = 0;
  const fail = (): never => {
    throw new Stop(i);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const expect = (s: string) => {
    for (const ch of s) if (text[i] === ch) i++; else fail();
  };
  const string = () => {
    expect('"');
    while (text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (i >= text.length || c < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          i++;
          for (let k = 0; k < 4; k++) if (/[0-9a-f]/i.test(text[i] ?? '')) i++; else fail();
        } else if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i++;
        else fail();
      } else i++;
    }
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        string();
        ws();
        expect(':');
        value();
        ws();
        if (text[i] === ',') i++;
        else return expect('}');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else return expect(']');
      }
    }
    if (c === '"') return string();
    if (c === 't') return expect('true');
    if (c === 'f') return expect('false');
    if (c === 'n') return expect('null');
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += (m as RegExpExecArray)[0].length;
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return positionOf(text, e.at);
  }
}

function positionOf(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { offset, line, column: offset - before.lastIndexOf('\n') };
}
