/** `--owner` on the reports: a team notebook narrowed to one rep's customers. */
import { describe, expect, it } from 'vitest';
import { badInput, customerFile, followup, json, notebook } from '../helpers.js';

const TODAY = '2026-11-20';

function team(): string {
  return notebook({
    'east/li/acme.md': customerFile('name: Acme Trading\nowner: li\nstage: proposal', '## 2026-11-01 visit\n- Purpose: demo\n'),
    'east/li/杭州湖畔.md': customerFile('name: 杭州湖畔贸易\nowner: Li', '## 2026-11-02 拜访\n- 目的：介绍\n'),
    'west/wang/beta.md': customerFile('name: Beta Foods\nowner: wang\nstage: lead', '## 2026-11-03 call\n- Purpose: intro\n'),
    'shared.md': customerFile('name: Shared Key Account\nowner: [li, wang]', '## 2026-11-04 visit\n- Purpose: review\n'),
    'nobody.md': customerFile('name: Nobody Co', '## 2026-11-05 visit\n'),
  });
}

const names = (items: { name: string }[]) => items.map((i) => i.name).sort();

describe('--owner', () => {
  it('narrows list, agenda, overdue, plan and stats to the customers whose owner: names the rep, in any case', async () => {
    const root = team();
    const run = (args: string[]) => followup([...args, '--json', '--today', TODAY], { cwd: root });
    expect(names(json(await run(['list', '--owner', 'li'])))).toEqual(['Acme Trading', 'Shared Key Account', '杭州湖畔贸易']);
    expect(names(json(await run(['list', '--owner', 'WANG'])))).toEqual(['Beta Foods', 'Shared Key Account']);
    expect(names(json(await run(['list'])))).toHaveLength(5);
    expect(names(json<{ items: { name: string }[] }>(await run(['agenda', '--days', '30', '--owner', 'wang'])).items)).toEqual(['Beta Foods', 'Shared Key Account']);
    expect(names(json<{ items: { name: string }[] }>(await run(['overdue', '--owner', 'wang'])).items)).toEqual(['Beta Foods', 'Shared Key Account']);
    const plan = json<{ days: { items: { name: string }[] }[] }>(await run(['plan', '--days', '30', '--owner', 'wang']));
    expect(JSON.stringify(plan)).not.toContain('Acme Trading');
    expect(JSON.stringify(plan)).toContain('Beta Foods');
    const stats = json(await run(['stats', '--since', '2026-11-01', '--owner', 'li']));
    expect(JSON.stringify(stats)).toContain('"customers":3');
  });

  it('says which owners there are when none matches (bad input)', async () => {
    const r = await followup(['list', '--owner', 'zhao'], { cwd: team() });
    expect(badInput(r)).toBe("followup: no customer has 'owner: zhao'; the owners are li, wang\n");
  });
});
