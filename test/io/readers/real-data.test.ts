import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../../src/io/load/index.js';
import { readTables } from '../../../src/io/read/tables.js';
import type { Agent } from '../../../src/model/types.js';
import { talksError } from './helpers.js';
import { REAL_DATA, realFile as data, realSkip } from '../../helpers/real-data.js';
import { existsSync } from 'node:fs';

/** Real public exports, read in place (never copied into the project); see SOURCE.md there. */
const absent = !existsSync(REAL_DATA);

const withoutFile = (agents: Agent[]) => agents.map(({ source, ...a }) => ({ ...a, row: source.row }));

describe.skipIf(absent)(`real exports (${realSkip()})`, () => {
  it('hr_dataset_v14.csv reads as a roster: EmpID, DateofHire, EmploymentStatus, ManagerName', async () => {
    const { agents, warnings, tables } = await loadInputs(data('hr_dataset_v14.csv'), []);
    expect(warnings).toEqual([]);
    expect(agents).toHaveLength(311);
    expect(new Set(agents.map((a) => a.id)).size).toBe(311);
    const fields = Object.fromEntries(tables[0].columns.map((c) => [c.field, c.header]));
    expect(fields).toMatchObject({ agentId: 'EmpID', hireDate: 'DateofHire', status: 'EmploymentStatus', lead: 'ManagerName' });
    expect(agents[0]).toMatchObject({
      id: '10026', name: 'Adinolfi, Wilson K', lead: 'Michael Albert', hireDate: '2011-07-05', status: 'active', source: { row: 2 },
    });
    expect(agents.find((a) => a.id === '10084')).toMatchObject({ status: 'left', hireDate: '2015-03-30', leavingDate: '2016-06-16' });
    const byStatus = agents.reduce<Record<string, number>>((n, a) => ({ ...n, [a.status]: (n[a.status] ?? 0) + 1 }), {});
    expect(byStatus).toEqual({ active: 207, left: 104 });
    const hires = agents.map((a) => a.hireDate).sort();
    expect([hires[0], hires[hires.length - 1]]).toEqual(['2006-01-09', '2018-07-09']);
  });

  it('hr_dataset_v14_utf16.txt (UTF-16LE, tab-separated) gives the same agents as the CSV', async () => {
    const csv = await loadInputs(data('hr_dataset_v14.csv'), []);
    const utf16 = await loadInputs(data('hr_dataset_v14_utf16.txt'), []);
    expect(utf16.warnings).toEqual([]);
    expect(withoutFile(utf16.agents)).toEqual(withoutFile(csv.agents));
  });

  it('ineuron_agent_performance.xlsx (title row, no agent ID) is a clear missing-column error', async () => {
    const f = data('ineuron_agent_performance.xlsx');
    const err = await talksError(() => loadInputs(f, []));
    expect(err).toMatchObject({ code: 'roster-columns', file: f, exitCode: 1 });
    expect(err.message).toContain('No agent ID or hire date column');
    expect(err.message).toContain('"SL No", "Date", "Agent Name", "Total Chats"');
    expect(err.message).toContain('Agent ID, Agent, Employee ID, ID, 工号');
  });

  it.each(['ineuron_agent_performance.xlsx', 'ineuron_agent_performance.csv'])(
    '%s as a KPI file: no agent IDs, so rows are matched by name and unmatched names reported once',
    async (name) => {
      const f = data(name);
      const inputs = await loadInputs(data('hr_dataset_v14.csv'), [f]);
      // The HR dataset's names are "Last, First" and match none of the chat agents.
      expect(inputs.kpi.rowCount).toBe(0);
      const unknown = inputs.warnings.filter((w) => w.code === 'kpi-name-unknown');
      expect(unknown).toHaveLength(1);
      expect(unknown[0]).toMatchObject({ file: f, column: 'C (Agent Name)' });
      expect(unknown[0].message).toMatch(/names match no agent in the roster/);
    },
  );

  it.each([
    ['hr_dataset_v14.csv', 36, 'Employee_Name', 'Absences'],
    ['hr_dataset_v14_utf16.txt', 36, 'Employee_Name', 'Absences'],
    ['pwc_call_center_mixed_dates.csv', 12, 'call id', ''],
    ['pwc_call_center_hms.csv', 11, 'Call Id', 'Satisfaction rating'],
    ['anonymous_bank_1999_02.txt', 17, 'vru+line', 'server'],
    ['ineuron_agent_performance.csv', 9, 'SL No', ''],
  ])('%s splits into %i columns', async (name, columns, first, last) => {
    const rows: string[][] = [];
    for await (const table of readTables(data(name))) {
      for await (const row of table.rows) {
        rows.push(row.cells as string[]);
        if (rows.length === 3) break;
      }
    }
    const header = rows.find((r) => r[0] === first)!;
    expect(header).toBeDefined();
    expect(header).toHaveLength(columns);
    expect(header[columns - 1]).toBe(last);
    expect(rows[rows.length - 1]).toHaveLength(columns);
  });

  it('ineuron_agent_login.xls (legacy Excel) says to save it as .xlsx', async () => {
    const f = data('ineuron_agent_login.xls');
    const err = await talksError(() => loadInputs(f, []));
    expect(err).toMatchObject({ code: 'file-xls', file: f });
    expect(err.hint).toMatch(/save it as \.xlsx/);
  });
});
