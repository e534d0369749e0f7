/**
 * The demo notebook: fifteen made-up customers whose history is dated relative to `today`, so
 * that on any date the agenda has visits planned and due, something slips, and every warning
 * of the method (overdue, cooling, stalled, no close asked) shows at least once.
 */
import { LOCALES, type Locale } from './format/vocabulary.js';
import { addDays, weekday, type IsoDate } from './dates.js';
import { renderEntry, renderFrontMatter } from './format.js';
import { slugify } from './slug.js';
import { chineseAccounts, chineseReadme } from './demo-zh.js';
import type { Account } from './demo-kit.js';
import { item } from './demo-kit.js';

export interface DemoFile {
  relPath: string;
  text: string;
}

function render(a: Account): DemoFile {
  let front = renderFrontMatter({ ...a, created: a.entries[0]!.date });
  if (a.status) front += `\nstatus: ${a.status}`;
  const vocab = LOCALES[a.locale ?? 'en'];
  const blocks = a.entries.map(
    (e) => renderEntry({ date: e.date, time: e.time ?? null, kind: e.kind, fields: e.fields }, vocab) + (e.notes?.length ? `\n${e.notes.join('\n')}\n` : ''),
  );
  return {
    relPath: `${a.folder ? `${a.folder}/` : ''}${slugify(a.name)}.md`,
    text: `---\n${front}\n---\n\n# ${a.name}\n\n${a.about.trim()}\n\n${blocks.join('\n')}`,
  };
}

/**
 * Every file of the demo notebook as of `today`, in English or Chinese (names, notes, labels
 * and kinds); the paths are the same whatever the date.
 */
export function demoNotebook(today: IsoDate, locale: Locale = 'en'): DemoFile[] {
  if (locale === 'zh') return [...chineseAccounts(dated(today)).map(render), { relPath: 'README.md', text: chineseReadme(today) }];
  return [...accounts(today).map(render), { relPath: 'README.md', text: readme(today) }];
}

/** `d(n)`: n days from today; `w(n)`: the same, moved off a weekend (for older history). */
function dated(today: IsoDate): { d: (n: number) => IsoDate; w: (n: number) => IsoDate } {
  const d = (n: number) => addDays(today, n);
  const w = (n: number) => {
    const day = weekday(d(n));
    return day === 6 ? d(n - 1) : day === 0 ? d(n - 2) : d(n);
  };
  return { d, w };
}

function readme(today: IsoDate): string {
  return `---
title: About this demo notebook
---

# A demo notebook for followup

\`followup demo\` wrote this folder on ${today}. The customers, people and phone numbers are made
up; the dates are set around that day so the agenda is never empty. Run \`followup demo\` on this
folder again to move them to a new day (it rewrites only its own files).

This file has no \`name\` in its front matter, so it is not a customer: notes like this one can
live beside the customer files.

Things to try:

- \`followup agenda\`: who to see today, why, and what to do there
- \`followup overdue\`: the weekly review (overdue, cooling, stalled, no close asked)
- \`followup show ningbo\`: the brief before a visit
- \`followup log ningbo --purpose "bring the final contract" --close "signs next week" --next +1w\`: after the visit
`;
}

function accounts(today: IsoDate): Account[] {
  // Older history moves off weekends; the dates that decide what is due stay exact.
  const { d, w } = dated(today);
  return [
    {
      name: '杭州湖畔贸易有限公司',
      contact: '王志明',
      phone: '+86 138 0571 2231',
      stage: 'proposal',
      cadence: 14,
      tags: ['export', 'key-account'],
      locale: 'zh',
      about: '做小家电出口，年出货量约 3000 个货柜。王总拍板，采购部李姐管日常订单，财务总监管预算。',
      entries: [
        item(w(-45), 'visit', { purpose: '初次拜访，了解出口订单流程', discussed: '订单状态靠 Excel 跟踪，经常漏单 #订单跟踪', state: '王总有兴趣，让采购部先看演示', stage: 'lead', next: `${w(-30)} 电话约采购部演示时间` }),
        item(w(-30), 'call', { purpose: '约演示时间', discussed: '采购部关心能否和 ERP 对接 #erp', state: '同意看演示', stage: 'lead -> qualified', next: `${w(-14)} 给采购团队演示订单跟踪` }),
        {
          ...item(w(-14), 'visit', {
            purpose: '给采购团队演示订单跟踪',
            discussed: 'ERP 对接；50 个账号的报价 #价格 #erp',
            state: '有兴趣，预算要财务总监批',
            problems: '预算审批；ERP 导出格式',
            close: '已提出，财务总监要先看修订报价',
            stage: 'qualified -> proposal',
            next: `${d(0)} 带修订报价，争取试用签字`,
          }, '王总的女儿九月去杭州读大学，下次可以聊两句。'),
          time: '14:30',
        },
        item(w(-6), 'message', { discussed: '把修订报价草稿发给采购李姐 #价格', state: '李姐说等王总出差回来一起看' }),
      ],
    },
    {
      folder: 'east',
      name: 'Ningbo Harbour Logistics',
      contact: 'Chen Jie',
      phone: '+86 574 8765 4321',
      stage: 'negotiation',
      cadence: 7,
      tags: ['logistics', 'key-account'],
      about: `Container trucking between the Beilun terminal and inland factories.

## Who decides
- Chen Jie, operations director: our champion since the pilot.
- Guo Fang, CFO: signs anything above 200k.`,
      entries: [
        item(w(-40), 'meeting', { purpose: 'introduce container tracking to the operations director', discussed: 'delays at the Beilun terminal; customs paperwork #tracking', state: 'interested, wants a pilot on two routes', stage: 'lead -> qualified', next: `${w(-26)} bring a pilot proposal for two routes` }),
        item(w(-26), 'visit', { purpose: 'present the pilot proposal', discussed: 'pilot on 2 routes for 6 weeks #pilot', state: 'pilot approved by operations', close: 'asked, they want the pilot results first', stage: 'qualified -> proposal', next: `${w(-14)} review the pilot results, table the annual contract` }),
        item(w(-14), 'visit', { purpose: 'review the pilot results', discussed: '18% fewer late pickups; annual contract terms #contract #pricing', state: 'Chen Jie convinced; finance wants 60-day payment', problems: 'payment terms; volume discount above 500 TEU', close: 'not asked, wanted finance on board first', stage: 'proposal -> negotiation', next: `${d(-7)} call finance about the payment terms` }),
        item(d(-7), 'call', { purpose: 'settle the payment terms with finance', discussed: '45 or 60 days; discount tiers #payment #pricing', state: 'finance accepts 45 days if the discount starts at 400 TEU', problems: 'volume discount above 400 TEU', close: 'not asked', next: `${d(0)} visit the port office with the final contract, ask for the signature` }, 'Chen Jie moves to the Shanghai office at the end of the quarter: sign before then.'),
      ],
    },
    {
      name: 'Suzhou Greenfield Foods',
      contact: 'Lin Xiaoyu',
      phone: '+86 512 6633 1180',
      stage: 'qualified',
      cadence: 14,
      tags: ['food'],
      about: 'Frozen dumplings and buns for supermarkets. Met Ms. Lin at the Shanghai food fair.',
      entries: [
        item(w(-32), 'visit', { purpose: 'first visit after the food fair', discussed: 'cold-chain labels for frozen products #labels', state: 'unhappy with the labels of their supplier smudging at -18°C', stage: 'lead', next: `${d(-18)} bring freezer-grade samples` }),
        item(d(-18), 'visit', { purpose: 'test freezer-grade samples on their line', discussed: 'sample run on line 2 #labels #samples', state: 'samples passed the 48-hour freezer test; QA wants a trial on the tasting day', problems: 'QA sign-off', close: 'not asked, too early', stage: 'lead -> qualified', next: `${d(0)} run the trial on the tasting day with the QA team` }),
      ],
    },
    {
      folder: 'east',
      name: '上海东方精密机械',
      contact: 'Zhang Wei 张伟',
      phone: '+86 21 5768 0912',
      stage: 'qualified',
      cadence: 21,
      tags: ['machinery', 'service'],
      about: 'Five-axis machining for auto parts, plant in Songjiang. 张总 decides; his plant manager uses the service.',
      entries: [
        item(w(-50), 'visit', { purpose: 'first visit to the Songjiang plant', discussed: 'spindle downtime on the 5-axis line #maintenance', state: 'plant manager open to a service contract', stage: 'lead', next: `${w(-35)} bring the outline of a service contract` }),
        item(w(-35), 'visit', { purpose: 'present the service contract outline', discussed: 'response times; spare parts kept on site #spare-parts', state: 'wants a 24-hour response in writing', problems: '24-hour response SLA', stage: 'lead -> qualified', next: `${d(-21)} call about the SLA draft` }),
        item(d(-21), 'call', { purpose: 'go through the SLA draft', discussed: 'penalties when a response is late #sla', state: '张总 agrees in principle; their legal reads it next', problems: 'penalty cap', close: 'not asked', next: 'send the revised SLA and book a visit with 张总' }),
      ],
    },
    {
      name: 'Wenzhou Brightline Electrical',
      contact: 'Zhou Min',
      phone: '+86 577 8890 2045',
      stage: 'lead',
      tags: ['electrical'],
      about: 'Switchgear and enclosures, family business, 40% export.',
      entries: [
        item(w(-28), 'call', { purpose: 'cold call from the distributor list', discussed: 'enclosures for export #enclosures', state: 'agreed to a visit', stage: 'lead', next: `${d(-14)} first visit` }),
        item(d(-14), 'visit', { purpose: 'understand how they buy for export orders', discussed: 'IP65 enclosures for the EU market #enclosures #certification', state: 'buys from two suppliers, open to a third', problems: 'CE certificates', close: 'not asked, first visit' }, "The owner's nephew Zhou Min runs purchasing; the owner still signs every order above 100k."),
      ],
    },
    {
      name: 'Shenzhen Pearl River Electronics',
      contact: 'Liu Yang',
      phone: '+86 755 2661 7703',
      stage: 'proposal',
      cadence: 14,
      tags: ['electronics', 'export'],
      about: 'PCB assembly, 3 plants. New purchasing head since last year.',
      entries: [
        item(w(-44), 'visit', { purpose: 'meet the new purchasing head', discussed: 'tracking components across the 3 plants #tracking', state: 'has budget this year', stage: 'lead -> qualified', next: `${w(-30)} present the proposal` }),
        item(w(-30), 'visit', { purpose: 'present the proposal', discussed: '3-year licence or subscription #pricing', state: 'prefers the subscription', close: 'asked, they want two references first', stage: 'qualified -> proposal', next: `${d(-17)} bring two reference customers` }),
        item(d(-17), 'visit', { purpose: 'references, then ask for the order', discussed: 'called the Ningbo reference together #references', state: 'convinced; the boss decides after the Hong Kong electronics fair', close: 'asked, decision after the fair', next: `${d(-3)} call after the fair and ask for the order` }),
      ],
    },
    {
      name: 'Jiaxing Silkroad Textiles',
      contact: 'Shen Hua',
      phone: '+86 573 8221 5567',
      stage: 'qualified',
      cadence: 14,
      tags: ['textiles'],
      about: 'Dyeing and finishing. Nobody seems to own the decision: production, IT and the GM each say the other decides.',
      entries: [
        item(w(-78), 'visit', { purpose: 'first visit', discussed: 'dye-lot tracking #tracking', state: 'production manager interested', stage: 'lead -> qualified', next: `${w(-62)} demo for the production manager` }),
        item(w(-62), 'visit', { purpose: 'demo for the production manager', discussed: 'dye-lot tracking #demo', state: 'likes it, wants IT to see it', next: `${w(-48)} demo for IT` }),
        item(w(-48), 'visit', { purpose: 'demo for the new IT manager', discussed: 'dye-lot tracking again #demo', state: 'IT likes it; production not sure any more', next: `${w(-34)} call about the price` }),
        item(w(-34), 'call', { purpose: 'follow up on the demo', discussed: 'price per seat #pricing', state: 'still thinking' }),
        item(d(-20), 'visit', { purpose: "demo for the GM's assistant", discussed: 'dye-lot tracking #demo', state: 'the same questions as in the first visit', problems: 'nobody owns the decision' }, 'Same questions as last month. Next time: bring the Huzhou reference and ask who signs.'),
      ],
    },
    {
      name: '广州旭日包装',
      contact: '黄磊',
      phone: '+86 20 3922 4418',
      stage: 'qualified',
      cadence: 10,
      tags: ['packaging'],
      about: 'Corrugated boxes for e-commerce sellers. 黄经理 (purchasing) wants a factory audit before any order.',
      entries: [
        item(w(-50), 'visit', { purpose: 'first visit', discussed: 'seasonal peaks before Singles Day #capacity', state: 'interested, needs an audit first', stage: 'lead', next: `${w(-38)} bring the audit checklist` }),
        item(w(-38), 'visit', { purpose: 'go through the audit checklist', discussed: 'audit scope; ISO certificates #audit', state: 'checklist accepted', stage: 'lead -> qualified', next: `${d(-25)} book the audit date` }),
        item(d(-25), 'call', { purpose: 'book the audit date', discussed: 'audit dates #audit', state: '黄经理 on leave for two weeks', problems: 'audit date', next: `${d(-15)} visit when 黄经理 is back, book the audit` }),
      ],
    },
    {
      name: 'Nanjing Jinling Pharma',
      contact: 'Dr. Xu Jing',
      phone: '+86 25 8470 3321',
      stage: 'negotiation',
      cadence: 7,
      tags: ['pharma', 'key-account'],
      about: 'Generic drugs, GMP audited twice a year. Dr. Xu (quality) is the champion; legal is slow but thorough.',
      entries: [
        item(w(-44), 'visit', { purpose: 'first visit with quality', discussed: 'batch records for GMP audits #gmp', state: 'pain is real: last audit found gaps', stage: 'lead -> qualified', next: `${w(-30)} proposal for the batch records` }),
        item(w(-30), 'visit', { purpose: 'present the proposal', discussed: 'validation package #validation', state: 'quality happy; wants legal to read the contract', close: 'asked, legal must review first', stage: 'qualified -> proposal', next: `${w(-16)} meet legal` }),
        item(w(-16), 'meeting', { purpose: 'contract review with legal', discussed: 'liability; audit rights #contract', state: 'legal sends comments in a week', close: 'asked, after the comments', stage: 'proposal -> negotiation', next: `${d(-6)} go through the comments` }),
        item(d(-6), 'visit', { purpose: "go through legal's comments", discussed: 'GMP audit clause; liability cap #contract #gmp', state: 'two clauses left', problems: 'liability cap; GMP audit notice period', close: 'asked, they sign once the two clauses are agreed', next: `${d(1)} meet legal with the revised clauses, ask for the signature` }),
      ],
    },
    {
      name: 'Hefei Lakeview Hotels',
      contact: 'Ma Li',
      phone: '+86 551 6288 0476',
      stage: 'qualified',
      tags: ['hospitality'],
      about: 'Six business hotels around Chaohu Lake; central purchasing in Hefei.',
      entries: [
        item(w(-41), 'email', { purpose: 'answer their tender notice', discussed: 'linen tracking for 6 hotels #tender', stage: 'lead', next: `${w(-27)} visit central purchasing` }),
        item(w(-27), 'visit', { purpose: 'meet central purchasing', discussed: 'RFID tags for linen #rfid', state: 'shortlisted with two others', stage: 'lead -> qualified', next: `${d(-13)} site visit at the lakeside hotel` }),
        item(d(-13), 'visit', { purpose: 'site visit at the lakeside hotel', discussed: 'laundry workflow; tag durability #rfid', state: 'housekeeping manager on our side', problems: 'tags must survive 200 washes' }),
      ],
    },
    {
      name: '青岛蓝海水产',
      contact: '赵强',
      phone: '+86 532 8591 6630',
      stage: 'qualified',
      cadence: 14,
      tags: ['seafood', 'export'],
      about: 'Frozen seafood exporter with its own cold store. 赵总 decides everything and travels a lot.',
      entries: [
        item(w(-72), 'visit', { purpose: 'first visit', discussed: 'cold-store temperature logs #cold-chain', state: 'interested', stage: 'lead', next: `${w(-56)} measure the cold store` }),
        item(w(-56), 'visit', { purpose: 'measure the cold store', discussed: 'sensors for 3 rooms #sensors', state: 'wants a quote', stage: 'lead -> qualified', next: `${d(-40)} bring the quote` }),
        item(d(-40), 'visit', { purpose: 'bring the quote', discussed: 'price for 3 rooms #pricing', state: '赵总 wants to compare with a Norwegian system', close: 'not asked', next: `${w(-26)} call about the comparison` }),
        item(d(-10), 'plan', { next: `${d(2)} 赵总 is back from Norway: visit with the comparison sheet` }, 'Calls unanswered since the quote; his assistant says he is at a seafood expo in Norway.'),
      ],
    },
    {
      name: 'Xiamen Harbourview Furniture',
      contact: 'Cai Wen',
      phone: '+86 592 5127 8893',
      stage: 'proposal',
      cadence: 14,
      tags: ['furniture', 'export'],
      about: 'Rattan and teak furniture for hotels abroad.',
      entries: [
        item(w(-38), 'visit', { purpose: 'first visit', discussed: 'moisture damage in containers #packaging', state: 'two claims from customers this year', stage: 'lead -> qualified', next: `${w(-24)} proposal with a sample` }),
        item(w(-24), 'visit', { purpose: 'present the proposal', discussed: 'desiccant liners; price per container #pricing', state: 'wants to test a sample first', close: 'asked, after a sample test', stage: 'qualified -> proposal', next: `${d(-11)} bring the sample` }),
        item(d(-11), 'visit', { purpose: 'bring the sample for a test shipment', discussed: 'test shipment to Rotterdam #samples', state: 'test container leaves this week', close: 'asked, they order if the test passes', next: `${d(3)} collect the sample test results, ask for the order` }),
      ],
    },
    {
      name: 'Changzhou Everbright Tools',
      contact: 'Wu Gang',
      phone: '+86 519 8660 2314',
      stage: 'lead',
      cadence: 7,
      tags: ['tools'],
      about: 'Power tools for DIY chains. Fast-moving buyer: weekly contact.',
      entries: [
        item(w(-9), 'call', { purpose: 'cold call', discussed: 'carton labels for DIY chains #labels', state: 'agreed to meet', stage: 'lead', next: `${d(-2)} first visit` }),
        item(d(-2), 'visit', { purpose: 'first visit', discussed: 'label formats of three retail chains #labels', state: 'wants samples for the chain with the strictest rules', problems: 'retail label specs' }),
      ],
    },
    {
      name: 'Wuxi Taihu Printing',
      contact: 'Gu Ming',
      phone: '+86 510 8279 4402',
      stage: 'qualified',
      tags: ['printing'],
      status: 'released',
      about: 'Commercial printing. The buyer who wanted us left in the spring.',
      entries: [
        item(w(-140), 'visit', { purpose: 'first visit', discussed: 'job tracking #tracking', state: 'interested', stage: 'lead', next: `${w(-120)} demo` }),
        item(w(-120), 'visit', { purpose: 'demo', discussed: 'job tracking #demo', state: 'buyer likes it', stage: 'lead -> qualified', next: `${w(-95)} call about the budget` }),
        item(w(-95), 'call', { purpose: 'budget', discussed: 'budget for next year #budget', state: 'buyer leaving; budget frozen' }),
        item(w(-40), 'note', { status: 'released', reason: 'budget frozen until next year; the buyer who wanted us left' }, 'Worth a call once the new buyer has settled in.'),
      ],
    },
    {
      folder: 'west',
      name: '成都天府茶业',
      contact: '李娜',
      phone: '+86 28 8541 7789',
      stage: 'negotiation',
      tags: ['retail', 'tea'],
      status: 'won',
      about: 'Tea shops in Chengdu and Chongqing, 12 stores.',
      entries: [
        item(w(-90), 'visit', { purpose: 'first visit', discussed: 'stock across 12 stores #inventory', state: 'interested', stage: 'lead -> qualified', next: `${w(-70)} proposal` }),
        item(w(-70), 'visit', { purpose: 'present the proposal', discussed: 'price for 12 stores #pricing', close: 'asked, wants a two-year price', stage: 'qualified -> proposal', next: `${w(-50)} two-year offer` }),
        item(w(-50), 'meeting', { purpose: 'two-year offer', discussed: 'two-year supply contract #contract', close: 'asked, 李总 to confirm', stage: 'proposal -> negotiation', next: `${w(-35)} sign` }),
        item(w(-35), 'visit', { purpose: 'sign', discussed: 'contract signed #contract', close: 'asked, signed' }),
        item(w(-35), 'note', { status: 'won', reason: 'two-year supply contract for 12 stores' }),
      ],
    },
  ];
}
