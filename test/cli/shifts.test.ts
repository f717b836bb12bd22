import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { talks, tempDir } from '../helpers/cli.js';

const TODAY = ['--today', '2026-11-23'];
interface TalkJson { agentId: string; date: string | null; start: string | null; end: string | null; why?: string }
interface ManagerJson { manager: string; talks: TalkJson[]; backlog: TalkJson[] }

const time = (h: number, m = 0) => new Date(Date.UTC(1899, 11, 30, h, m));

/**
 * Day Ops holds talks 10:00–12:00 and 14:00–17:30; Night Ops 00:00–06:00 and 22:00–23:45.
 * Shifts from the roster (a name from the config, a range) and from a WFM export (xlsx, Excel times).
 */
describe('talks plan with shifts', () => {
  let dir: string;
  let byAgent: Map<string, TalkJson & { manager: string; placed: boolean }>;
  beforeAll(async () => {
    dir = tempDir();
    writeFileSync(
      join(dir, 'talks.config.json'),
      JSON.stringify({
        shifts: { 早班: ['07:00', '15:00'], 夜班: ['22:00', '07:00'] },
        managers: { 'Night Ops': { hours: [['00:00', '06:00'], ['22:00', '23:45']] } },
      }),
    );
    const rows = [
      'Agent ID,Name,Team Lead,Manager,Hire Date,Last Talk,Shift',
      'D1,Day early,L1,Day Ops,2023-01-01,2026-01-01,早班',
      'D2,Day late,L3,Day Ops,2023-01-01,2026-01-01,16:00-24:00',
      'D3,Day evening,L1,Day Ops,2023-01-01,2026-01-01,18:00-23:00',
      'N1,Night,L2,Night Ops,2023-01-01,2026-01-01,夜班',
      'N2,From the WFM file,L2,Night Ops,2023-01-01,2026-01-01,',
      'N3,Off all week,L2,Night Ops,2023-01-01,2026-01-01,',
    ];
    writeFileSync(join(dir, 'roster.csv'), `${rows.join('\n')}\n`);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Schedule');
    ws.addRow(['WFM export week 48']);
    ws.addRow(['Agent ID', 'Date', 'Shift Start', 'Shift End']);
    // N2 works one shift: Sunday night into Monday morning.
    ws.addRow(['N2', new Date(Date.UTC(2026, 10, 22)), time(22), time(7)]);
    for (let d = 23; d <= 27; d++) ws.addRow(['N3', new Date(Date.UTC(2026, 10, d)), '休息', '']);
    ws.getColumn(2).numFmt = 'yyyy-mm-dd';
    ws.getColumn(3).numFmt = 'hh:mm';
    ws.getColumn(4).numFmt = 'hh:mm';
    await wb.xlsx.writeFile(join(dir, 'wfm.xlsx'));

    const r = talks(['plan', 'roster.csv', ...TODAY, '--shifts', 'wfm.xlsx', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { managers: ManagerJson[] };
    byAgent = new Map();
    for (const m of doc.managers) {
      for (const t of m.talks) byAgent.set(t.agentId, { ...t, manager: m.manager, placed: true });
      for (const t of m.backlog) byAgent.set(t.agentId, { ...t, manager: m.manager, placed: false });
    }
  });

  it.each([
    ['D1', '07:00–15:00 (早班)', '2026-11-23', '10:00'],
    // Monday already has D1's talk: the week fills evenly, so Tuesday.
    ['D2', '16:00–24:00', '2026-11-24', '16:00'],
    ['N1', '22:00–07:00 (夜班), crossing midnight', '2026-11-23', '22:00'],
    ['N2', 'Sunday 22:00 to Monday 07:00 from the WFM file', '2026-11-23', '00:00'],
  ])('%s works %s: talk on %s at %s', (id, _shift, date, start) => {
    expect(byAgent.get(id)).toMatchObject({ placed: true, date, start });
  });

  it('an agent whose shift never meets the manager\'s hours, and one with no shift all week, go to the backlog saying why', () => {
    expect(byAgent.get('D3')).toMatchObject({ placed: false });
    expect(byAgent.get('D3')!.why).toMatch(/^No free slot inside the agent's shift and the manager's hours/);
    expect(byAgent.get('N3')!.why).toMatch(/^No shift this week/);
  });

  it('an unknown shift name is a warning naming it, in Chinese too', () => {
    const zh = tempDir();
    writeFileSync(join(zh, 'roster.csv'), 'Agent ID,Hire Date,Last Talk,班次\nA1,2023-01-01,2026-01-01,中班\n');
    const r = talks(['plan', 'roster.csv', ...TODAY, '--lang', 'zh-CN', '--format', 'json'], { cwd: zh });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.backlog[0].why).toMatch(/^本周没有班次/);
    expect(r.stderr).toContain('班次“中班”既不是时间段');
  });

  it('a shifts file without the columns is refused naming them', () => {
    writeFileSync(join(dir, 'bad.csv'), 'Agent ID,Date,Hours\nN2,2026-11-23,8\n');
    const r = talks(['plan', 'roster.csv', ...TODAY, '--shifts', 'bad.csv', '--force'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.csv');
    expect(r.stderr).toMatch(/shift start|Shift Start/);
  });
});
