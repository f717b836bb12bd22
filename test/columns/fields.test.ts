import { describe, expect, it } from 'vitest';
import {
  CALL_LOG_FIELDS,
  FIELD_ALIASES,
  FIELD_IDS,
  KPI_REQUIRED,
  PRIMARY_ALIASES,
  ROSTER_REQUIRED,
  normalizeHeader,
  type FieldId,
} from '../../src/columns/fields.js';
import { isMonthHeader, matchHeader } from '../../src/columns/header-match.js';
import { METRICS } from '../../src/model/types.js';

const everyAlias = FIELD_IDS.flatMap((field) => FIELD_ALIASES[field].map((alias) => [alias, field] as const));

/** The alias table of SPEC.md section 5, verbatim. */
const SPEC_TABLE: [FieldId, string[]][] = [
  ['agentId', ['Agent ID', 'Agent', 'Employee ID', 'ID', '工号', '员工编号', '坐席工号', '座席工号']],
  ['name', ['Name', 'Agent Name', 'Full Name', '姓名', '员工姓名']],
  ['team', ['Team', 'Group', 'Squad', '班组', '组别', '小组']],
  ['lead', ['Team Lead', 'Lead', 'Supervisor', '组长', '班组长']],
  ['hireDate', ['Hire Date', 'Start Date', 'Joined', '入职日期', '入职时间']],
  ['status', ['Status', '状态', '在职状态']],
  ['leavingDate', ['Leaving Date', 'Last Day', '离职日期']],
  ['lastTalk', ['Last Talk', 'Last 1:1', 'Last One-on-one', '上次面谈日期', '上次沟通日期']],
  ['flag', ['Lead Flag', 'Flag', '组长反馈']],
  ['flagDate', ['Flag Date', 'Reported', '反馈日期']],
  ['period', ['Week', 'Date', 'Period', 'Month', '周', '日期', '周期', '月份']],
  ['calls', ['Calls', 'Calls Handled', 'Handled', '接通量', '通话量', '接听量']],
  ['aht', ['AHT', 'AHT (s)', 'Avg Handle Time', '平均处理时长', '平均处理时长(秒)']],
  ['csat', ['CSAT', 'CSAT %', 'Satisfaction', '满意度', '满意度%']],
  ['qa', ['QA', 'QA Score', 'Quality', '质检分', '质检得分']],
  ['fcr', ['FCR', 'FCR %', 'First Contact Resolution', '一次解决率']],
  ['adherence', ['Adherence', 'Schedule Adherence', '遵从率', '排班遵从率']],
  ['conversion', ['Conversion', 'Sales Conversion', '转化率', '成交率']],
];
const specAliases = SPEC_TABLE.flatMap(([field, aliases]) => aliases.map((a) => [a, field] as const));

describe('FIELD_ALIASES', () => {
  it('covers every field', () => {
    expect([...FIELD_IDS].sort()).toEqual(
      ['agentId', 'name', 'team', 'lead', 'hireDate', 'status', 'leavingDate', 'lastTalk', 'flag', 'flagDate', 'manager', 'shift', 'shiftStart', 'shiftEnd', 'period', ...METRICS, ...CALL_LOG_FIELDS].sort(),
    );
  });

  it.each(specAliases)('lists the spec alias %j for %s, also as a primary alias', (alias, field) => {
    expect(FIELD_ALIASES[field]).toContain(alias);
    expect(PRIMARY_ALIASES[field]).toContain(alias);
  });

  it('shows exactly the spec aliases as primary ones', () => {
    for (const [field, aliases] of SPEC_TABLE) expect(PRIMARY_ALIASES[field]).toEqual(aliases);
  });

  it('maps no normalised alias to two fields', () => {
    const owner = new Map<string, FieldId>();
    const clashes: string[] = [];
    for (const [alias, field] of everyAlias) {
      const key = normalizeHeader(alias);
      const seen = owner.get(key);
      if (seen && seen !== field) clashes.push(`${alias}: ${seen} / ${field}`);
      owner.set(key, field);
    }
    expect(clashes).toEqual([]);
  });

  it('keeps a 1–5 rating apart from the percentage metrics (it is converted, not read as CSAT %)', () => {
    expect(matchHeader('Average Rating')).toBe('rating');
    expect(matchHeader('Satisfaction rating')).toBe('rating');
    expect(matchHeader('Rating')).toBe('rating');
  });
});

describe('matchHeader', () => {
  it.each(everyAlias)('matches %j → %s', (alias, field) => {
    expect(matchHeader(alias)).toBe(field);
  });

  it.each(everyAlias)('matches %j in upper case with spaces around → %s', (alias, field) => {
    expect(matchHeader(`  ${alias.toUpperCase()} \t`)).toBe(field);
  });

  it.each([
    ['Agent ID', 'agentId'], ['Agent  ID', 'agentId'], ['agent_id', 'agentId'], ['AGENT-ID', 'agentId'],
    ['Agent.ID', 'agentId'], ['agent/id', 'agentId'], ['AgentID', 'agentId'], ['Agent #', 'agentId'],
    ['Ａｇｅｎｔ ＩＤ', 'agentId'], ['\uFEFFAgent ID', 'agentId'], ['Agent\u00a0ID', 'agentId'], ['工号\u3000', 'agentId'],
    ['EmpID', 'agentId'], ['Employee Number', 'agentId'], ['Agent ID (工号)', 'agentId'], ['工号（Agent ID）', 'agentId'],
    ['Employee_Name', 'name'], ['Agent Name', 'name'], ['DateofHire', 'hireDate'], ['Hire Date', 'hireDate'],
    ['DateofTermination', 'leavingDate'], ['EmploymentStatus', 'status'], ['ManagerName', 'manager'],
    ['AHT (s)', 'aht'], ['aht_s', 'aht'], ['AHT(s)', 'aht'], ['AHT [s]', 'aht'], ['AHT (sec)', 'aht'],
    ['AHT seconds', 'aht'], ['AHT_secs', 'aht'], ['AHT (hh:mm:ss)', 'aht'], ['Avg Handle Time (s)', 'aht'],
    ['Average Handle Time', 'aht'], ['Handle Time', 'aht'], ['平均处理时长（秒）', 'aht'], ['平均处理时长【秒】', 'aht'],
    ['平均处理时长 秒', 'aht'], ['平均通话时长', 'aht'], ['Total Chats', 'calls'], ['呼入量', 'calls'], ['通话量（次）', 'calls'],
    ['CSAT %', 'csat'], ['CSAT%', 'csat'], ['CSAT (%)', 'csat'], ['CSAT pct', 'csat'], ['满意度%', 'csat'], ['满意度（%）', 'csat'],
    ['满意度％', 'csat'], ['QA%', 'qa'], ['QA Score (%)', 'qa'], ['FCR %', 'fcr'], ['Adherence %', 'adherence'],
    ['Conv %', 'conversion'], ['Last 1:1', 'lastTalk'], ['last 1-1', 'lastTalk'], ['Last one on one', 'lastTalk'],
  ] as const)('normalises %j → %s', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it.each([
    ['Date', 'period'], ['Hire Date', 'hireDate'], ['Start Date', 'hireDate'], ['Week Start', 'period'],
    ['Agent', 'agentId'], ['Agent Name', 'name'], ['Lead', 'lead'], ['Team Lead', 'lead'], ['Lead Flag', 'flag'],
    ['Flag', 'flag'], ['Flag Date', 'flagDate'], ['Day', 'period'], ['Last Day', 'leavingDate'], ['组', 'team'],
    ['组长', 'lead'], ['组长反馈', 'flag'], ['Handled', 'calls'], ['Handle Time', 'aht'], ['ID', 'agentId'],
    ['Name', 'name'], ['月', 'period'], ['月份', 'period'],
  ] as const)('keeps look-alike %j apart → %s', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it.each([
    '', '   ', '%', 'Remarks', '备注', 'Manager ID', 'ManagerID', 'Calls (per hour)', 'Calls per hour', 'Department',
    'Agent ID Agent', 'Hire', 'Dates', 'AHT (min)', 'Agent ID (姓名)', 'Talk Time', 'Callss',
  ])('matches nothing for %j', (header) => {
    expect(matchHeader(header)).toBeUndefined();
  });

  it('accepts extra aliases and keeps the built-in ones', () => {
    const extra = { agentId: ['坐席代码', 'Rep Code'], csat: ['Happy %'] };
    expect(matchHeader('坐席代码', extra)).toBe('agentId');
    expect(matchHeader('rep_code', extra)).toBe('agentId');
    expect(matchHeader('Happy', extra)).toBe('csat');
    expect(matchHeader('Agent ID', extra)).toBe('agentId');
    expect(matchHeader('坐席代码')).toBeUndefined();
  });

  it("lets the user's alias claim a header we would read as another field", () => {
    expect(matchHeader('Date', { hireDate: ['Date'] })).toBe('hireDate');
    expect(matchHeader('Agent Name', { agentId: ['Agent Name'] })).toBe('agentId');
    expect(matchHeader('Agent Name')).toBe('name');
  });
});

describe('normalizeHeader', () => {
  it.each([
    ['Agent ID', 'agentid'], ['  AGENT_ID ', 'agentid'], ['Agent-ID', 'agentid'], ['Agent.ID/', 'agentid'],
    ['AHT (s)', 'ahts'], ['CSAT %', 'csat'], ['Agent #', 'agent'], ['满意度%', '满意度'], ['平均处理时长（秒）', '平均处理时长秒'],
    ['Ｑａ　Ｓｃｏｒｅ', 'qascore'], ['【组长】', '组长'], ['Last 1:1', 'last11'], ['', ''],
  ])('%j → %j', (header, key) => {
    expect(normalizeHeader(header)).toBe(key);
  });
});

describe('isMonthHeader', () => {
  it.each([
    ['Month', true], ['月份', true], ['统计月份', true], ['Month Start', true], ['年月', true], ['月', true],
    ['Week', false], ['Date', false], ['日期', false], ['周', false], ['Period', false],
  ])('%j → %s', (header, month) => {
    expect(isMonthHeader(header)).toBe(month);
  });
});

describe('required fields', () => {
  it('needs agent id and hire date in a roster, agent id and period in a KPI file', () => {
    expect(ROSTER_REQUIRED).toEqual(['agentId', 'hireDate']);
    expect(KPI_REQUIRED).toEqual(['agentId', 'period']);
  });
});
