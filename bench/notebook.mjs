// Generated notebooks for the benchmark: customers with realistic entries, a third of them
// with Chinese names, spread over ten region folders. Deterministic for a given size.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const TODAY = '2026-11-27';

let seed = 42;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function customer(i) {
  const stages = ['lead', 'qualified', 'proposal', 'negotiation'];
  const cadence = pick([7, 14, 14, 21]);
  const entries = [];
  let date = addDays(TODAY, -Math.floor(rand() * 200) - 30);
  // Ten entries each, the last of them no later than today.
  date = addDays(TODAY, -10 * cadence - Math.floor(rand() * 60));
  for (let e = 0; e < 10; e++) {
    date = addDays(date, Math.floor(cadence * (0.5 + rand())));
    if (date > TODAY) date = TODAY;
    entries.push(
      [
        `## ${date} ${pick(['visit', 'visit', 'call', 'message'])}`,
        `- Purpose: ${pick(['demo the tracking screen', 'bring the revised quote', 'meet the CFO', '确认预算'])}`,
        `- Discussed: ${pick(['pricing', 'ERP export', 'delivery terms', '付款方式'])} #${pick(['pricing', 'erp', 'delivery', '预算'])}`,
        `- State: ${pick(['interested', 'waiting for budget', 'comparing vendors'])}`,
        rand() < 0.3 ? `- Close: asked, ${pick(['not yet', 'next quarter'])}` : null,
        rand() < 0.2 ? `- Stage: ${pick(stages)} -> ${pick(stages)}` : null,
        `- Next: ${addDays(date, cadence)} ${pick(['follow up on the quote', 'visit the plant'])}`,
        '',
        'Hand-written remarks that belong to the entry.',
      ]
        .filter((l) => l !== null)
        .join('\n'),
    );
  }
  const name = i % 3 === 0 ? `客户${i}号贸易有限公司` : `Customer ${i} Trading`;
  return `---\nname: ${name}\ncontact: Wang ${i}\nstage: ${pick(stages)}\ncadence: ${cadence}\ntags: [bench]\n---\n\n# ${name}\n\nNotes.\n\n${entries.join('\n\n')}\n`;
}

/** A notebook of `n` generated customers in a new temporary folder; returns its path. */
export function makeNotebook(n) {
  const root = mkdtempSync(path.join(tmpdir(), `followup-bench-${n}-`));
  mkdirSync(path.join(root, '.followup'));
  for (let i = 0; i < n; i++) {
    const dir = path.join(root, `region-${i % 10}`);
    if (i < 10) mkdirSync(dir);
    writeFileSync(path.join(dir, `customer-${i}.md`), customer(i));
  }
  return root;
}


// `node bench/notebook.mjs 10000` prints the path of a fresh notebook, for profiling by hand.
if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  console.log(makeNotebook(Number(process.argv[2] ?? 1000)));
}
