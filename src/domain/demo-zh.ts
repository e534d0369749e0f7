/**
 * The demo notebook in Chinese: the same situations as the English one (a visit planned today,
 * overdue, cooling, stalled, no close asked, won, released), with Chinese names, notes, labels
 * and kinds.
 */
import type { IsoDate } from './dates.js';
import { item, type Account } from './demo-kit.js';

export function chineseReadme(today: IsoDate): string {
  return `---
title: 关于这个演示笔记本
---

# followup 演示笔记本

这个目录由 \`followup demo\` 在 ${today} 生成。客户、人名和电话都是虚构的；日期围绕那一天设置，
所以日程不会是空的。对这个目录再运行一次 \`followup demo\`，日期就会移到新的一天（只重写它自己的文件）。

这个文件的文件头里没有 \`name\`，所以它不是客户：这样的笔记可以和客户文件放在一起。

可以试试：

- \`followup agenda\`：今天见谁，为什么，做什么
- \`followup overdue\`：每周检查（逾期、降温、停滞、未提成交）
- \`followup show nbgk\`：拜访前的简报（拼音首字母也能找到客户）
- \`followup log 宁波 --purpose "带最终合同" --close "下周签" --next 下周三\`：拜访之后
`;
}

export function chineseAccounts({ d, w }: { d: (n: number) => IsoDate; w: (n: number) => IsoDate }): Account[] {
  const zh = 'zh' as const;
  return [
    {
      name: '杭州湖畔贸易有限公司',
      contact: '王志明',
      phone: '+86 138 0571 2231',
      stage: 'proposal',
      cadence: 14,
      tags: ['出口', '重点客户'],
      locale: zh,
      about: '做小家电出口，年出货量约 3000 个货柜。王总拍板，采购部李姐管日常订单，财务总监管预算。',
      entries: [
        item(w(-45), 'visit', { purpose: '初次拜访，了解出口订单流程', discussed: '订单状态靠 Excel 跟踪，经常漏单 #订单跟踪', state: '王总有兴趣，让采购部先看演示', stage: 'lead', next: `${w(-30)} 电话约采购部演示时间` }),
        item(w(-30), 'call', { purpose: '约演示时间', discussed: '采购部关心能否和 ERP 对接 #erp', state: '同意看演示', stage: 'lead -> qualified', next: `${w(-14)} 给采购团队演示订单跟踪` }),
        {
          ...item(w(-14), 'visit', { purpose: '给采购团队演示订单跟踪', discussed: 'ERP 对接；50 个账号的报价 #价格 #erp', state: '有兴趣，预算要财务总监批', problems: '预算审批；ERP 导出格式', close: '已提出，财务总监要先看修订报价', stage: 'qualified -> proposal', next: `${d(0)} 带修订报价，争取试用签字` }, '王总的女儿九月去杭州读大学，下次可以聊两句。'),
          time: '14:30',
        },
        item(w(-6), 'message', { discussed: '把修订报价草稿发给采购李姐 #价格', state: '李姐说等王总出差回来一起看' }),
      ],
    },
    {
      folder: '华东',
      name: '宁波港通物流',
      contact: '陈杰',
      phone: '+86 574 8765 4321',
      stage: 'negotiation',
      cadence: 7,
      tags: ['物流', '重点客户'],
      locale: zh,
      about: '北仑码头到内地工厂的集装箱运输。\n\n## 谁拍板\n- 陈杰，运营总监：试点以来一直支持我们。\n- 郭芳，财务总监：20 万以上都要她签。',
      entries: [
        item(w(-40), 'meeting', { purpose: '向运营总监介绍集装箱跟踪', discussed: '北仑码头延误；报关单据 #跟踪', state: '有兴趣，想在两条线路上试点', stage: 'lead -> qualified', next: `${w(-26)} 带两条线路的试点方案` }),
        item(w(-26), 'visit', { purpose: '讲试点方案', discussed: '两条线路试点 6 周 #试点', state: '运营同意试点', close: '已提出，要先看试点结果', stage: 'qualified -> proposal', next: `${w(-14)} 复盘试点结果，提出年度合同` }),
        item(w(-14), 'visit', { purpose: '复盘试点结果', discussed: '延误提货减少 18%；年度合同条款 #合同 #价格', state: '陈杰认可；财务要求 60 天账期', problems: '账期；500 TEU 以上的量价折扣', close: '未提出，想先说服财务', stage: 'proposal -> negotiation', next: `${d(-7)} 给财务打电话谈账期` }),
        item(d(-7), 'call', { purpose: '和财务谈定账期', discussed: '45 天还是 60 天；折扣档位 #账期 #价格', state: '折扣从 400 TEU 起的话，财务接受 45 天', problems: '400 TEU 以上的量价折扣', close: '未提出', next: `${d(0)} 带最终合同去港区办公室，争取签字` }, '陈杰季度末调去上海办公室：要在那之前签下来。'),
      ],
    },
    {
      name: '苏州绿野食品',
      contact: '林晓雨',
      phone: '+86 512 6633 1180',
      stage: 'qualified',
      cadence: 14,
      tags: ['食品'],
      locale: zh,
      about: '给超市供应速冻水饺和包子。在上海食品展上认识林经理。',
      entries: [
        item(w(-32), 'visit', { purpose: '食品展后第一次拜访', discussed: '速冻产品的冷链标签 #标签', state: '现有供应商的标签在 -18°C 下会糊', stage: 'lead', next: `${d(-18)} 带冷冻级样品` }),
        item(d(-18), 'visit', { purpose: '在产线上测试冷冻级样品', discussed: '2 号线试产 #标签 #样品', state: '样品通过 48 小时冷冻测试；品控想在品鉴日试用', problems: '品控签字', close: '未提出，太早', stage: 'lead -> qualified', next: `${d(0)} 品鉴日和品控一起试用` }),
      ],
    },
    {
      folder: '华东',
      name: '上海东方精密机械',
      contact: '张伟',
      phone: '+86 21 5768 0912',
      stage: 'qualified',
      cadence: 21,
      tags: ['机械', '服务'],
      locale: zh,
      about: '汽车零部件五轴加工，工厂在松江。张总拍板，厂长用我们的服务。',
      entries: [
        item(w(-50), 'visit', { purpose: '第一次去松江工厂', discussed: '五轴线主轴停机 #维护', state: '厂长愿意签服务合同', stage: 'lead', next: `${w(-35)} 带服务合同大纲` }),
        item(w(-35), 'visit', { purpose: '讲服务合同大纲', discussed: '响应时间；现场备件 #备件', state: '要书面承诺 24 小时响应', problems: '24 小时响应的服务协议', stage: 'lead -> qualified', next: `${d(-21)} 电话过一遍服务协议草稿` }),
        item(d(-21), 'call', { purpose: '过一遍服务协议草稿', discussed: '响应超时的罚则 #服务协议', state: '张总原则上同意，接下来法务看', problems: '罚金上限', close: '未提出', next: '发修订后的服务协议，约张总见面' }),
      ],
    },
    {
      name: '深圳珠江电子',
      contact: '刘洋',
      phone: '+86 755 2661 7703',
      stage: 'proposal',
      cadence: 14,
      tags: ['电子', '出口'],
      locale: zh,
      about: 'PCB 组装，3 个工厂。采购负责人去年新上任。',
      entries: [
        item(w(-44), 'visit', { purpose: '见新的采购负责人', discussed: '3 个工厂的元器件跟踪 #跟踪', state: '今年有预算', stage: 'lead -> qualified', next: `${w(-30)} 讲方案` }),
        item(w(-30), 'visit', { purpose: '讲方案', discussed: '3 年授权还是订阅 #价格', state: '倾向订阅', close: '已提出，要先看两个参考客户', stage: 'qualified -> proposal', next: `${d(-17)} 带两个参考客户` }),
        item(d(-17), 'visit', { purpose: '参考客户，然后要订单', discussed: '一起给宁波的参考客户打了电话 #参考客户', state: '认可了；老板看完香港电子展再定', close: '已提出，展会后决定', next: `${d(-3)} 展会后打电话要订单` }),
      ],
    },
    {
      name: '嘉兴丝路纺织',
      contact: '沈华',
      phone: '+86 573 8221 5567',
      stage: 'qualified',
      cadence: 14,
      tags: ['纺织'],
      locale: zh,
      about: '印染和后整理。好像没人对决定负责：生产、IT 和总经理都说是对方拍板。',
      entries: [
        item(w(-78), 'visit', { purpose: '第一次拜访', discussed: '染批次跟踪 #跟踪', state: '生产经理有兴趣', stage: 'lead -> qualified', next: `${w(-62)} 给生产经理演示` }),
        item(w(-62), 'visit', { purpose: '给生产经理演示', discussed: '染批次跟踪 #演示', state: '喜欢，想让 IT 也看看', next: `${w(-48)} 给 IT 演示` }),
        item(w(-48), 'visit', { purpose: '给新的 IT 经理演示', discussed: '又演示了染批次跟踪 #演示', state: 'IT 喜欢；生产又拿不准了', next: `${w(-34)} 电话谈价格` }),
        item(w(-34), 'call', { purpose: '演示后跟进', discussed: '每个账号的价格 #价格', state: '还在考虑' }),
        item(d(-20), 'visit', { purpose: '给总经理助理演示', discussed: '染批次跟踪 #演示', state: '问的还是第一次拜访时的问题', problems: '没人对决定负责' }, '和上个月一样的问题。下次带上湖州的参考客户，问清楚谁签字。'),
      ],
    },
    {
      name: '广州旭日包装',
      contact: '黄磊',
      phone: '+86 20 3922 4418',
      stage: 'qualified',
      cadence: 10,
      tags: ['包装'],
      locale: zh,
      about: '给电商卖家做瓦楞纸箱。黄经理（采购）要先验厂才下单。',
      entries: [
        item(w(-50), 'visit', { purpose: '第一次拜访', discussed: '双十一前的旺季 #产能', state: '有兴趣，要先验厂', stage: 'lead', next: `${w(-38)} 带验厂清单` }),
        item(w(-38), 'visit', { purpose: '过一遍验厂清单', discussed: '验厂范围；ISO 证书 #验厂', state: '清单通过', stage: 'lead -> qualified', next: `${d(-25)} 约验厂日期` }),
        item(d(-25), 'call', { purpose: '约验厂日期', discussed: '验厂日期 #验厂', state: '黄经理休假两周', problems: '验厂日期', next: `${d(-15)} 黄经理回来后拜访，约验厂` }),
      ],
    },
    {
      name: '南京金陵制药',
      contact: '徐静博士',
      phone: '+86 25 8470 3321',
      stage: 'negotiation',
      cadence: 7,
      tags: ['制药', '重点客户'],
      locale: zh,
      about: '仿制药，每年两次 GMP 审计。徐博士（质量）支持我们；法务慢但仔细。',
      entries: [
        item(w(-44), 'visit', { purpose: '和质量部第一次见面', discussed: 'GMP 审计的批记录 #gmp', state: '痛点真实：上次审计发现缺口', stage: 'lead -> qualified', next: `${w(-30)} 批记录方案` }),
        item(w(-30), 'visit', { purpose: '讲方案', discussed: '验证文件包 #验证', state: '质量部满意；要法务看合同', close: '已提出，法务要先审', stage: 'qualified -> proposal', next: `${w(-16)} 见法务` }),
        item(w(-16), 'meeting', { purpose: '和法务审合同', discussed: '责任；审计权 #合同', state: '法务一周内给意见', close: '已提出，等意见', stage: 'proposal -> negotiation', next: `${d(-6)} 过一遍意见` }),
        item(d(-6), 'visit', { purpose: '过一遍法务的意见', discussed: 'GMP 审计条款；责任上限 #合同 #gmp', state: '还剩两条', problems: '责任上限；GMP 审计通知期', close: '已提出，两条谈妥就签', next: `${d(1)} 带修订条款见法务，争取签字` }),
      ],
    },
    {
      name: '青岛蓝海水产',
      contact: '赵强',
      phone: '+86 532 8591 6630',
      stage: 'qualified',
      cadence: 14,
      tags: ['水产', '出口'],
      locale: zh,
      about: '有自己冷库的冻品出口商。赵总什么都自己定，经常出差。',
      entries: [
        item(w(-72), 'visit', { purpose: '第一次拜访', discussed: '冷库温度记录 #冷链', state: '有兴趣', stage: 'lead', next: `${w(-56)} 测量冷库` }),
        item(w(-56), 'visit', { purpose: '测量冷库', discussed: '3 个库房的传感器 #传感器', state: '要报价', stage: 'lead -> qualified', next: `${d(-40)} 送报价` }),
        item(d(-40), 'visit', { purpose: '送报价', discussed: '3 个库房的价格 #价格', state: '赵总想和一套挪威的系统比一比', close: '未提出', next: `${w(-26)} 电话问比较结果` }),
        item(d(-10), 'plan', { next: `${d(2)} 赵总从挪威回来：带对比表去拜访` }, '报价后电话一直没人接；助理说他在挪威参加水产展。'),
      ],
    },
    {
      folder: '华东',
      name: '无锡太湖印刷',
      contact: '顾明',
      phone: '+86 510 8279 4402',
      stage: 'qualified',
      tags: ['印刷'],
      status: 'released',
      locale: zh,
      about: '商业印刷。想用我们的采购春天离职了。',
      entries: [
        item(w(-140), 'visit', { purpose: '第一次拜访', discussed: '印单跟踪 #跟踪', state: '有兴趣', stage: 'lead', next: `${w(-120)} 演示` }),
        item(w(-120), 'visit', { purpose: '演示', discussed: '印单跟踪 #演示', state: '采购喜欢', stage: 'lead -> qualified', next: `${w(-95)} 电话谈预算` }),
        item(w(-95), 'call', { purpose: '预算', discussed: '明年的预算 #预算', state: '采购要走；预算冻结' }),
        item(w(-40), 'note', { status: 'released', reason: '预算冻结到明年；想用我们的采购离职了' }, '新采购熟悉情况后值得打个电话。'),
      ],
    },
    {
      folder: '西部',
      name: '成都天府茶业',
      contact: '李娜',
      phone: '+86 28 8541 7789',
      stage: 'negotiation',
      tags: ['零售', '茶'],
      status: 'won',
      locale: zh,
      about: '成都和重庆的茶叶店，12 家门店。',
      entries: [
        item(w(-90), 'visit', { purpose: '第一次拜访', discussed: '12 家门店的库存 #库存', state: '有兴趣', stage: 'lead -> qualified', next: `${w(-70)} 方案` }),
        item(w(-70), 'visit', { purpose: '讲方案', discussed: '12 家门店的价格 #价格', close: '已提出，要两年的价格', stage: 'qualified -> proposal', next: `${w(-50)} 两年报价` }),
        item(w(-50), 'meeting', { purpose: '两年报价', discussed: '两年供货合同 #合同', close: '已提出，李总确认', stage: 'proposal -> negotiation', next: `${w(-35)} 签约` }),
        item(w(-35), 'visit', { purpose: '签约', discussed: '合同已签 #合同', close: '已提出，已签' }),
        item(w(-35), 'note', { status: 'won', reason: '12 家门店的两年供货合同' }),
      ],
    },
  ];
}
