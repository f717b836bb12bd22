#!/usr/bin/env node
// Writes the bundled fixtures: a 40-agent contact centre in two teams, anchored to a
// fixed "today" (default 2026-11-24, a Tuesday in ISO week 2026-W48).
//
//   node scripts/make-fixtures.js [--today YYYY-MM-DD] [--out DIR]
//
// Deterministic: every date is computed from the anchor (never from the clock), all
// variation comes from a seeded PRNG, workbook timestamps and zip entry times are set to
// the anchor, so two runs (in any time zone) give byte-identical files.
// The cast (who exercises which rule) is described in fixtures/README.md.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

// ---------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv) {
  const out = { today: '2026-11-24', dir: join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--today') out.today = value();
    else if (a.startsWith('--today=')) out.today = a.slice(8);
    else if (a === '--out') out.dir = value();
    else if (a.startsWith('--out=')) out.dir = a.slice(6);
    else if (a === '-h' || a === '--help') usage(null);
    else usage(`unknown argument: ${a}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(out.today) || Number.isNaN(Date.parse(`${out.today}T00:00:00Z`))) {
    usage(`--today must be a date like 2026-11-24, got "${out.today}"`);
  }
  return out;
}

function usage(problem) {
  const text = 'Usage: node scripts/make-fixtures.js [--today YYYY-MM-DD] [--out DIR]\n';
  if (problem) {
    process.stderr.write(`make-fixtures: ${problem}\n${text}`);
    process.exit(2);
  }
  process.stdout.write(text);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------
// Days: integers counting UTC days since 1970-01-01, so no time zone ever gets involved.

const DAY_MS = 86_400_000;
const toDay = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const toDate = (day) => new Date(day * DAY_MS); // UTC midnight
const iso = (day) => toDate(day).toISOString().slice(0, 10);
/** 0 = Monday … 6 = Sunday */
const weekday = (day) => (toDate(day).getUTCDay() + 6) % 7;
const mondayOf = (day) => day - weekday(day);
/** The same day, or the Friday before when it falls on a weekend. */
const prevWorkday = (day) => (weekday(day) >= 5 ? day - (weekday(day) - 4) : day);
const ymd = (day) => {
  const d = toDate(day);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
};
const slashDate = (day) => ymd(day).join('/'); // 2026/3/9
const cnDate = (day) => {
  const [y, m, d] = ymd(day);
  return `${y}年${m}月${d}日`; // 2026年3月9日
};

// ---------------------------------------------------------------------------------------
// Seeded PRNG (mulberry32)

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------
// The cast. skill: 1 = best in the centre … 40; the top 8 are the designed top performers.
// talk: days before today of the last talk (snapped to a working day); null = none.
// role: what the agent exercises (see fixtures/README.md).

const NORTH = { en: 'Team North', zh: '北区一组', lead: 'Grace Lin', leadZh: '林静' };
const SOUTH = { en: 'Team South', zh: '南区二组', lead: 'Omar Haddad', leadZh: '韩磊' };

const CAST = [
  ['A001', 'Emily Carter', '王芳'],
  ['A002', "James O'Neill", '李娜'],
  ['A003', 'Priya Sharma', '张伟', { skill: 5, talk: 49, role: 'top' }],
  ['A004', 'Daniel Brooks', '刘洋'],
  ['A005', 'Sophie Turner', '陈静怡', { skill: 14, talk: 167, role: 'routine-soon' }],
  ['A006', 'Marcus Reid', '杨帆'],
  ['A007', 'Hannah Kowalski', '赵敏', { skill: 1, talk: 42, role: 'core' }],
  ['A008', 'Liam Doherty', '黄志刚'],
  ['A009', 'Chloe Bennett', '周婷', { skill: 20, talk: 110, role: 'flag-mood' }],
  ['A010', 'Tomasz Nowak', '吴昊'],
  ['A011', 'Aisha Mensah', '徐丽'],
  ['A012', 'Ryan Fletcher', '孙强', { skill: 12, talk: 77, role: 'swing-down' }],
  ['A013', 'Olivia Park', '马晓燕', { skill: 2, talk: 124, role: 'core-top-due' }],
  ['A014', 'Nathan Hughes', '朱建华'],
  ['A015', 'Fatima Rahman', '胡桂英'],
  ['A016', 'George Whitfield', '郭鹏', { skill: 27, talk: 228, role: 'on-leave' }],
  ['A017', 'Megan Lloyd', '何雪'],
  ['A018', 'Samuel Adeyemi', '高翔', { skill: 6, talk: 56, role: 'top' }],
  ['A019', 'Jessica Moreno', '罗欣怡'],
  ['A020', 'Callum Fraser', '梁志强', { skill: 22, talk: 172, role: 'routine-soon' }],
  ['A021', 'Zoe Harrington', '宋佳'],
  ['A022', 'Kwame Asante', '郑浩然', { skill: 8, talk: 70, role: 'top' }],
  ['A023', 'Laura Jenkins', '谢雨桐'],
  ['A024', 'Ben Castillo', '唐俊', { skill: 24, talk: 60, role: 'notice' }],
  ['A025', 'Niamh Byrne', '冯秀兰'],
  ['A026', 'Arjun Patel', '于海', { skill: 3, talk: 63, role: 'top' }],
  ['A027', 'Rebecca Stone', '董丽娟'],
  ['A028', 'Michael Osei', '肖然', { skill: 16, talk: 130, role: 'flag-resign' }],
  ['A029', 'Ella Watanabe', '程亮', { skill: 30, talk: 220, role: 'routine-overdue' }],
  ['A030', 'Connor McBride', '曹雪梅'],
  ['A031', 'Isabel Ferreira', '袁博', { skill: 4, talk: 20, role: 'top-guard' }],
  ['A032', 'David Kim', '邓志军'],
  ['A033', 'Lucy Hammond', '许思琪', { skill: 18, role: 'left' }],
  ['A034', 'Jamal Wright', '傅晓东', { skill: 26, talk: null, role: 'routine-from-hire' }],
  ['A035', 'Charlotte Evans', '沈玉兰', { skill: 7, talk: 35, role: 'top' }],
  ['A036', 'Owen Price', '曾凡'],
  ['A037', 'Amira Saleh', '彭丽', { skill: 35, talk: 95, role: 'swing-up' }],
  ['A038', 'Patrick Dunn', '吕佳怡', { skill: 31, role: 'recent-hire' }],
  ['A039', 'Yasmin Clarke', '苏明', { skill: 33, talk: 236, role: 'routine-overdue' }],
  ['A040', 'Ethan Morales', '蒋文杰', { skill: null, talk: null, role: 'new-hire' }],
];

const WEEKS = 12;
/** Percentage points of skill (0..1 scale) between neighbouring agents. */
const STEP = 1 / 39;
/** Extra lead of the 8 designed top performers (and of the 2 core) over the rest. */
const TOP_GAP = 0.06;
const CORE_GAP = 0.03;
/** Fixed per-agent, per-metric personality (uniform ±) and weekly noise (uniform ±), in skill units. */
const PERSONALITY = 0.025;
/** The top performers' personality is smaller, so they lead the rest in every single metric. */
const TOP_PERSONALITY = 0.01;
const NOISE = 0.015;

function buildCentre(todayIso) {
  const rand = mulberry32(0x7a1c5);
  const T = toDay(todayIso);
  const M = mondayOf(T);
  const weeks = Array.from({ length: WEEKS }, (_, i) => M - 7 * (WEEKS - i)); // oldest first
  const latestWeek = weeks[WEEKS - 1];

  // Skill ranks for the agents without a designed one: the free ranks, shuffled.
  const taken = new Set(CAST.map((c) => c[3]?.skill).filter((s) => s != null));
  const free = [];
  for (let r = 1; r <= 39; r++) if (!taken.has(r)) free.push(r);
  shuffle(free, rand);
  // Last talks for everyone else: spread evenly over 1–5 months, shuffled.
  const regular = CAST.filter((c) => !c[3]);
  const talkDays = regular.map((_, i) => Math.round(32 + (i * (150 - 32)) / (regular.length - 1)));
  shuffle(talkDays, rand);

  const agents = CAST.map(([id, name, nameZh, cast], i) => {
    const role = cast?.role ?? 'regular';
    const team = Number(id.slice(1)) <= 20 ? NORTH : SOUTH;
    const skill = cast ? cast.skill : free.shift();
    // Hire: a Monday 1–6 years ago, except the designed recent hires.
    let hire = mondayOf(T - Math.round(365 * (1 + 5 * rand())));
    let talk = cast && 'talk' in cast ? cast.talk : talkDays[regular.indexOf(CAST[i])];
    let lastTalk = talk == null ? null : prevWorkday(T - talk);
    let status = 'Active';
    let leaving = null;
    let flag = null;
    let flagDate = null;
    let lastWeek = latestWeek; // last KPI week with rows
    switch (role) {
      case 'new-hire':
        hire = M - 7; // the Monday of last week
        break;
      case 'recent-hire':
        hire = M - 7 * 22; // about 5 months ago
        lastTalk = hire + 8; // the onboarding talk, a Tuesday
        break;
      case 'routine-from-hire':
        hire = M - 7 * 30; // about 7 months ago, never talked to
        break;
      case 'flag-mood':
        flag = 'mood';
        flagDate = M - 3; // the Friday before today's week
        break;
      case 'flag-resign':
        flag = 'resign';
        flagDate = M; // the Monday of today's week
        break;
      case 'notice':
        status = 'Notice given';
        leaving = M + 11; // the Friday of next week
        break;
      case 'on-leave':
        status = 'On leave';
        lastWeek = M - 28; // on leave since the Monday three weeks ago: no rows since
        break;
      case 'left':
        status = 'Left';
        leaving = M - 24; // a Friday four weeks ago
        lastTalk = prevWorkday(leaving - 7); // the exit talk
        lastWeek = mondayOf(leaving);
        break;
    }
    return { id, name, nameZh, team, role, skill, hire, lastTalk, status, leaving, flag, flagDate, lastWeek };
  });

  // Weekly KPI rows.
  const calendarFactor = weeks.map(() => 0.94 + 0.12 * rand()); // busy and quiet weeks, same for all
  const kpi = [];
  for (const a of agents) {
    const base = a.skill == null ? 0.06 : 1 - (a.skill - 1) * STEP + (a.skill <= 8 ? TOP_GAP : 0) + (a.skill <= 2 ? CORE_GAP : 0);
    const spread = a.skill != null && a.skill <= 8 ? TOP_PERSONALITY : PERSONALITY;
    const personality = METRICS.map(() => (rand() * 2 - 1) * spread);
    a.kpi = [];
    weeks.forEach((w, wi) => {
      const noise = METRICS.map(() => (rand() * 2 - 1) * NOISE);
      if (w < mondayOf(a.hire) || w > a.lastWeek) return;
      let s = base;
      if (w === latestWeek && a.role === 'swing-down') s = -0.12; // the bottom of the centre
      if (w === latestWeek && a.role === 'swing-up') s = 0.9; // into the top range
      const v = (k) => s + personality[k] + noise[k];
      const row = {
        agentId: a.id,
        week: w,
        calls: Math.round((380 + 140 * v(0)) * calendarFactor[wi] * (a.role === 'new-hire' ? 0.7 : 1)),
        aht: Math.round(420 - 150 * v(1)), // seconds, lower is better
        csat: Math.round(1000 * (0.8 + 0.16 * v(2))), // per mille
        qa: Math.round(10 * (78 + 18 * v(3))), // tenths of a point
        fcr: Math.round(1000 * (0.66 + 0.2 * v(4))), // per mille
        adherence: Math.round(1000 * (0.86 + 0.11 * v(5))), // per mille
      };
      a.kpi.push(row);
    });
  }
  for (const w of weeks) for (const a of agents) for (const r of a.kpi) if (r.week === w) kpi.push(r);
  return { T, M, weeks, agents, kpi };
}

const METRICS = ['calls', 'aht', 'csat', 'qa', 'fcr', 'adherence'];

function shuffle(arr, rand) {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [arr[i], arr[j]] = [arr[j], arr[i]];
  }
  return arr;
}

// ---------------------------------------------------------------------------------------
// Writers

const STATUS_ZH = { Active: '在职', 'On leave': '休假', 'Notice given': '已提离职', Left: '离职' };
const FLAG_EN = { mood: 'Mood change', resign: 'Resignation intent' };
const FLAG_ZH = { mood: '情绪变化', resign: '有离职倾向' };
const DATE_FMT = 'yyyy-mm-dd';

function newWorkbook(T) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'talks fixtures';
  wb.lastModifiedBy = 'talks fixtures';
  wb.created = toDate(T);
  wb.modified = toDate(T);
  return wb;
}

async function rosterXlsx(c) {
  const wb = newWorkbook(c.T);
  const ws = wb.addWorksheet('Roster', { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.columns = [
    { key: 'id', width: 10 },
    { key: 'name', width: 20 },
    { key: 'team', width: 12 },
    { key: 'lead', width: 14 },
    { key: 'hire', width: 12, style: { numFmt: DATE_FMT } },
    { key: 'status', width: 13 },
    { key: 'leaving', width: 13, style: { numFmt: DATE_FMT } },
    { key: 'talk', width: 12, style: { numFmt: DATE_FMT } },
    { key: 'flag', width: 18 },
    { key: 'flagDate', width: 12, style: { numFmt: DATE_FMT } },
  ];
  ws.getCell('A1').value = 'Agent roster — Harbour Contact Centre';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.mergeCells('A1:J1');
  ws.getCell('A2').value = `Exported ${iso(c.T - 1)}`;
  ws.getCell('A2').font = { italic: true, color: { argb: 'FF666666' } };
  const header = ws.getRow(4);
  header.values = ['Agent ID', 'Name', 'Team', 'Team Lead', 'Hire Date', 'Status', 'Leaving Date', 'Last Talk', 'Lead Flag', 'Flag Date'];
  header.font = { bold: true };
  c.agents.forEach((a, i) => {
    const row = ws.getRow(5 + i);
    row.values = [
      a.id,
      a.name,
      a.team.en,
      a.team.lead,
      toDate(a.hire),
      a.status,
      a.leaving == null ? null : toDate(a.leaving),
      a.lastTalk == null ? null : toDate(a.lastTalk),
      a.flag == null ? null : FLAG_EN[a.flag],
      a.flagDate == null ? null : toDate(a.flagDate),
    ];
    for (const col of [5, 7, 8, 10]) row.getCell(col).numFmt = DATE_FMT;
  });
  ws.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4 + c.agents.length, column: 10 } };
  return wb;
}

async function kpiXlsx(c) {
  const wb = newWorkbook(c.T);
  const ws = wb.addWorksheet('Weekly KPI', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'Agent ID', key: 'id', width: 10 },
    { header: 'Week', key: 'week', width: 12, style: { numFmt: DATE_FMT } },
    { header: 'Calls Handled', key: 'calls', width: 14 },
    { header: 'AHT (s)', key: 'aht', width: 9 },
    { header: 'CSAT %', key: 'csat', width: 9, style: { numFmt: '0%' } },
    { header: 'QA Score', key: 'qa', width: 10, style: { numFmt: '0.0' } },
    { header: 'FCR %', key: 'fcr', width: 9, style: { numFmt: '0%' } },
    { header: 'Adherence %', key: 'adherence', width: 13, style: { numFmt: '0%' } },
  ];
  ws.getRow(1).font = { bold: true };
  for (const r of c.kpi) {
    ws.addRow({
      id: r.agentId,
      week: toDate(r.week),
      calls: r.calls,
      aht: r.aht,
      csat: r.csat / 1000,
      qa: r.qa / 10,
      fcr: r.fcr / 1000,
      adherence: r.adherence / 1000,
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + c.kpi.length, column: 8 } };
  return wb;
}

function csvLine(values) {
  return values
    .map((v) => {
      const s = v == null ? '' : String(v);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}

function rosterZhCsv(c) {
  const header = ['工号', '姓名', '班组', '组长', '入职日期', '在职状态', '离职日期', '上次面谈日期', '组长反馈', '反馈日期'];
  const [y, m] = ymd(c.T);
  const lines = [csvLine([`坐席花名册（${y}年${m}月）`, ...Array(header.length - 1).fill('')]), csvLine(header)];
  for (const a of c.agents) {
    lines.push(
      csvLine([
        a.id,
        a.nameZh,
        a.team.zh,
        a.team.leadZh,
        cnDate(a.hire),
        STATUS_ZH[a.status],
        a.leaving == null ? '' : slashDate(a.leaving),
        a.lastTalk == null ? '' : slashDate(a.lastTalk),
        a.flag == null ? '' : FLAG_ZH[a.flag],
        a.flagDate == null ? '' : slashDate(a.flagDate),
      ]),
    );
  }
  return iconv.encode(lines.join('\r\n') + '\r\n', 'gbk');
}

function kpiZhCsv(c) {
  const mmss = (s) => `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  const pct = (perMille) => `${perMille / 10}%`;
  const lines = [csvLine(['工号', '周期', '接通量', '平均处理时长', '满意度', '质检分', '一次解决率', '排班遵从率'])];
  for (const r of c.kpi) {
    lines.push(csvLine([r.agentId, iso(r.week), r.calls, mmss(r.aht), pct(r.csat), r.qa / 10, pct(r.fcr), pct(r.adherence)]));
  }
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

/**
 * JSZip (inside exceljs) stamps every zip entry with the current time; set them all to the
 * anchor day so the bytes do not depend on when (or in which time zone) the script runs.
 */
function pinZipTimes(buf, day) {
  const [y, m, d] = ymd(day);
  const dosDate = ((Math.max(y, 1980) - 1980) << 9) | (m << 5) | d;
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('make-fixtures: exceljs wrote something that is not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('make-fixtures: unexpected zip layout');
    buf.writeUInt16LE(0, p + 12);
    buf.writeUInt16LE(dosDate, p + 14);
    const local = buf.readUInt32LE(p + 42);
    buf.writeUInt16LE(0, local + 10);
    buf.writeUInt16LE(dosDate, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}

async function xlsxBytes(wb, day) {
  return pinZipTimes(Buffer.from(await wb.xlsx.writeBuffer()), day);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const c = buildCentre(args.today);
  mkdirSync(args.dir, { recursive: true });
  const files = {
    'roster.xlsx': await xlsxBytes(await rosterXlsx(c), c.T),
    'kpi.xlsx': await xlsxBytes(await kpiXlsx(c), c.T),
    'roster-zh.csv': rosterZhCsv(c),
    'kpi-zh.csv': kpiZhCsv(c),
  };
  for (const [name, bytes] of Object.entries(files)) {
    writeFileSync(join(args.dir, name), bytes);
  }
  process.stderr.write(
    `make-fixtures: today ${iso(c.T)}, ${c.agents.length} agents, ${c.kpi.length} KPI rows ` +
      `(weeks ${iso(c.weeks[0])} … ${iso(c.weeks[WEEKS - 1])}) → ${args.dir}\n`,
  );
}

main().catch((err) => {
  process.stderr.write(`make-fixtures: ${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
