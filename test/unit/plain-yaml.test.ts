/**
 * Plain front matter is read without the YAML parser: for every front matter it takes, it must
 * give what yaml (failsafe schema, as the tool reads it) gives, and it must take the front
 * matter people and the tool write. Held to yaml on generated lines of tricky characters.
 */
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { plainYaml } from '../../src/domain/format/front-matter.js';
import { seeded } from '../helpers.js';

/** What yaml gives, read as the tool reads it (line breaks made plain first). */
function yaml(source: string): unknown {
  const text = source.replace(/\r\n?/g, '\n');
  const doc = YAML.parseDocument(text, { schema: 'failsafe', prettyErrors: false, logLevel: 'silent' });
  if (doc.errors.length > 0) return 'error';
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    return 'error';
  }
}

describe('plain front matter', () => {
  it('is read as yaml reads it, for everything it takes', () => {
    const rand = seeded(7);
    const pieces = ['a', 'Z', '9', '杭州', ' ', '  ', ':', ': ', '#', ' #', ',', '[', ']', '{', '}', '-', '?', '"', "'", '~', '\t', '&', '*', '!', '|', '>', '%', '@', '`', '.', '\u00a0', '_', '\r', 'x y'];
    const keys = ['name', 'tags', 'stage', 'a-b', 'Name', '1x', 'name ', ' name', '名'];
    let taken = 0;
    for (let n = 0; n < 30_000; n++) {
      const lines: string[] = [];
      for (let l = 0; l < 1 + Math.floor(rand() * 3); l++) {
        let value = '';
        for (let k = Math.floor(rand() * 6); k > 0; k--) value += pieces[Math.floor(rand() * pieces.length)];
        if (rand() < 0.25) value = `[${value}, ${value.slice(1)}]`;
        lines.push(`${keys[Math.floor(rand() * keys.length)]}:${rand() < 0.9 ? ' ' : ''}${value}`);
      }
      const text = `${lines.join('\n')}\n`;
      const plain = plainYaml(text);
      if (plain === null) continue;
      taken++;
      expect({ text, read: plain }).toEqual({ text, read: yaml(text) });
    }
    expect(taken).toBeGreaterThan(1000);
  });

  it('takes what the tool and people write', () => {
    for (const text of [
      'name: 杭州湖畔科技有限公司\ncontact: 王经理\nphone: 138-0000-0000\nstage: qualified\ncadence: 14\ntags: [key, 华东]\ncreated: 2026-11-20\n',
      'name: Acme Trading\r\nowner: Li\r\n# a comment\r\n\r\nstatus: won\r\n',
      'name: Café 1:1 & Co. (HK)\ntags: []\nnote: https://example.com/a#b\n',
    ]) {
      expect(plainYaml(text), text).not.toBeNull();
      expect(plainYaml(text)).toEqual(yaml(text));
    }
  });

  it('leaves to yaml what it does not take: lists over lines, quotes, repeated keys, values over two lines', () => {
    for (const text of ['tags:\n  - a\n  - b\n', 'name: "Acme"\n', 'name: a\nname: b\n', 'name: Acme\n  Trading\n', 'name: &a x\nother: *a\n', 'name: a: b\n', 'name: a\n\u00a0\n']) {
      expect(plainYaml(text), text).toBeNull();
    }
  });
});
