/**
 * Columns on screen: the tool measures plain characters itself (string-width costs 60 ms to
 * import) and must count them as string-width does, the library it defers to for the rest.
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { clean, width } from '../../src/ui/text.js';

describe('width', () => {
  it('counts every character of the Basic Multilingual Plane as string-width does', () => {
    const differ: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // halves of a pair, never alone in a JS string of text
      const ch = String.fromCharCode(code);
      if (width(ch) !== stringWidth(ch)) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('counts mixed text, emoji, accents and colour codes as string-width does', () => {
    for (const s of [
      '客户很满意 👍🏽 下次带上 🇨🇳 样品 👨‍👩‍👧 一起去 #样品',
      'Cafe\u0301 au lait',
      '\x1b[1m杭州湖畔\x1b[22m',
      'ｶﾞｷﾞ ﾃﾞｽ',
      '한국어 각',
      '1️⃣ #️⃣',
      'Customer 12 Trading',
      '（采购部）「ISO 9001」',
    ]) {
      expect(width(s), s).toBe(stringWidth(s));
    }
  });
});

describe('clean', () => {
  it('changes exactly the control, bidirectional and invisible characters of the Basic Multilingual Plane', () => {
    const changes = (code: number) =>
      code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x061c || (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2064) || (code >= 0x2066 && code <= 0x2069) || code === 0xfeff;
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const text = `a${String.fromCharCode(code)}b`;
      if ((clean(text) !== text) !== changes(code)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
