/** What `demo` prints: where the notebook is, and a few commands to try on it. */
import type { IsoDate } from '../../domain/dates.js';
import { shellWord } from '../../domain/shell.js';
import type { ViewEnv } from './env.js';

export function demoView(d: { again: boolean; where: string; customers: number; today: IsoDate; todayFlag: boolean }, { t: all }: ViewEnv): string[] {
  const t = all.demo;
  const run = ['followup', '--dir', shellWord(d.where), ...(d.todayFlag ? ['--today', d.today] : [])].join(' ');
  const tour: [string, string][] = [['agenda', t.tour.agenda], ['overdue', t.tour.overdue], ['show ningbo', t.tour.show], ['list --all', t.tour.list]];
  return [t.wrote(d.again, d.where, d.customers, d.today), t.try, ...tour.map(([args, what]) => `  ${run} ${args.padEnd(18)}${what}`)];
}
