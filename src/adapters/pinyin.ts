/**
 * Pinyin of Chinese names, through pinyin-pro. The library and its dictionary take about 0.1 s
 * to load (docs/performance.md), so it is imported only when a lookup or a sort needs it.
 */
const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /\p{Script=Han}/u;

/** The syllables of each run of Han characters of a name; null for a name without any. */
export type PinyinOf = (name: string) => string[][] | null;

/** True when `name` holds Chinese characters, so its pinyin is worth computing. */
export function hasHan(name: string | null): boolean {
  return name !== null && HAN.test(name);
}

/** Loads pinyin-pro and returns its converter: toneless, ü written v (lü -> lv), as pinyin keyboards type it. */
export async function loadPinyin(): Promise<PinyinOf> {
  const { pinyin } = await import('pinyin-pro');
  return (name) => {
    if (!hasHan(name)) return null;
    return [...name.normalize('NFKC').matchAll(HAN_RUN)].map((m) => pinyin(m[0], { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase()));
  };
}

/** A name's collation key: Han characters spelled in pinyin, so 杭州 sorts among the H names. */
export function collationKey(name: string, pinyinOf: PinyinOf): string {
  if (!hasHan(name)) return name;
  const runs = pinyinOf(name) ?? [];
  let i = 0;
  return name.normalize('NFKC').replace(HAN_RUN, () => runs[i++]?.join('') ?? '');
}
