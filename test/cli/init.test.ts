import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIX, talks, tempDir } from '../helpers/cli.js';

const HR = 'EmpID,Employee_Name,DateofHire,Department,ManagerName,Salary\n1,"Lee, Ann",1/5/2015,Production ,Bo,100\n';

describe('talks init', () => {
  it('writes a config from English files: the aliases their headers needed, en and weekdays, defaults', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'hr.csv'), HR);
    const r = talks(['init', 'hr.csv'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, 'talks.config.json'), 'utf8'));
    expect(config).toEqual({
      language: 'en',
      calendar: 'weekdays',
      schedule: { capacity: 10, perDay: 3, hours: [['10:00', '12:00'], ['14:00', '17:30']] },
      aliases: { agentId: ['EmpID'], name: ['Employee_Name'], hireDate: ['DateofHire'], team: ['Department'], lead: ['ManagerName'] },
    });
    expect(r.stderr).toContain('schedule.capacity  talks per week at most');
    expect(r.stderr).toContain('Not used in hr.csv: "Salary"');
    // The next run reads it without a flag.
    const check = talks(['check', 'hr.csv'], { cwd: dir });
    expect(check.code, check.stderr).toBe(0);
  });

  it('Chinese headers give zh-CN and the cn calendar, and it says so in Chinese', () => {
    const dir = tempDir();
    const r = talks(['init', join(FIX, 'roster-zh.csv'), '--kpi', join(FIX, 'kpi-zh.csv')], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, 'talks.config.json'), 'utf8'));
    expect(config).toMatchObject({ language: 'zh-CN', calendar: 'cn' });
    expect(r.stderr).toContain('您的表头是中文，因此语言设为 zh-CN，日历设为 cn。');
  });

  it('never replaces a config without --force', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'hr.csv'), HR);
    writeFileSync(join(dir, 'talks.config.json'), '{"calendar": "cn"}\n');
    const r = talks(['init', 'hr.csv'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('talks.config.json already exists.');
    expect(readFileSync(join(dir, 'talks.config.json'), 'utf8')).toBe('{"calendar": "cn"}\n');
    const forced = talks(['init', 'hr.csv', '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'talks.config.json'), 'utf8')).calendar).toBe('weekdays');
  });
});
