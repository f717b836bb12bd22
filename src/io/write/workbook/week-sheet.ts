import type ExcelJS from 'exceljs';
import type { Calendar } from '../../../calendar/calendar.js';
import { addDays, dayToUtcDate, isoWeekLabel } from '../../../model/day.js';
import type { Plan } from '../../../model/plan.js';
import { urgencyOf, type Day, type Talk } from '../../../model/types.js';
import { daySlots } from '../../../schedule/slots.js';
import { RULE_LABELS, SHEET_NAMES, type Lang } from '../../../text/labels.js';
import { PRINT_LABELS } from '../../../text/print-labels.js';
import { commitSheet } from './table-sheet.js';
import { BOX, COLOURS, fill, font, headerFooter, pageSetup } from './style.js';

/** Lead flag and exit; new hire and swings; routine and top performer. */
const URGENCY_FILLS = [COLOURS.urgent, COLOURS.soon, COLOURS.routine] as const;

function urgencyBand(t: Talk): 0 | 1 | 2 {
  const u = urgencyOf(t.rule);
  return u <= 2 ? 0 : u <= 5 ? 1 : 2;
}

/** The week's working days (all seven days of the week when no calendar is known and talks fall on them). */
function workingDays(plan: Plan & { calendar?: Calendar }): Day[] {
  const days: Day[] = [];
  for (let d = plan.week.start; d <= plan.week.end; d = addDays(d, 1)) {
    const working = plan.calendar ? plan.calendar.isWorkingDay(d) : d < addDays(plan.week.start, 5);
    if (working || plan.talks.some((t) => t.date === d)) days.push(d);
  }
  return days;
}

/** The configured slots, plus any start time a talk has outside them. */
function slotTimes(plan: Plan): { start: string; end: string }[] {
  const slots = daySlots(plan.settings.schedule);
  for (const t of plan.talks) {
    if (t.start && !slots.some((s) => s.start === t.start)) slots.push({ start: t.start, end: t.end ?? t.start });
  }
  return slots.sort((a, b) => a.start.localeCompare(b.start));
}

function talkText(t: Talk, lang: Lang): string {
  const place = [t.team, t.location].filter(Boolean).join(' · ');
  return [`${t.name || t.agentId} (${t.agentId})`, place, RULE_LABELS[lang][t.rule]].filter(Boolean).join('\n');
}

/**
 * One page to post on the wall and send to workforce management: working days across, talk
 * slots down, each talk with agent, team, room and talk type, coloured by urgency.
 */
export function addWeekSheet(wb: ExcelJS.Workbook, plan: Plan & { calendar?: Calendar }, lang: Lang): void {
  const l = PRINT_LABELS[lang];
  const days = workingDays(plan);
  const slots = slotTimes(plan);
  const ws = wb.addWorksheet(SHEET_NAMES[lang].week, {
    views: [{ showGridLines: false }],
    pageSetup: pageSetup('landscape', { fitToHeight: 1, horizontalCentered: true }),
    headerFooter: headerFooter(lang, { title: `${l.week.title} · ${isoWeekLabel(plan.week.start)}`, right: `${plan.week.start} – ${plan.week.end}` }),
  });
  const base = font(lang, { size: 11 });
  ws.getColumn(1).width = 15;
  days.forEach((_, i) => (ws.getColumn(i + 2).width = days.length > 5 ? 22 : 27));

  const header = ws.addRow([l.week.time, ...days.map(dayToUtcDate)]);
  header.height = 22;
  header.eachCell((cell, c) => {
    cell.font = { ...base, bold: true };
    cell.fill = fill(COLOURS.header);
    cell.border = BOX;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    if (c > 1) cell.numFmt = l.weekdayFormat;
  });
  header.commit();
  for (const slot of slots) {
    const row = ws.addRow([`${slot.start}–${slot.end}`]);
    row.height = 52;
    const time = row.getCell(1);
    time.font = { ...base, bold: true };
    time.alignment = { vertical: 'top' };
    time.border = BOX;
    days.forEach((day, i) => {
      const cell = row.getCell(i + 2);
      cell.border = BOX;
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.font = font(lang, { size: 10 });
      const talk = plan.talks.find((t) => t.date === day && t.start === slot.start);
      if (!talk) return;
      cell.value = talkText(talk, lang);
      cell.fill = fill(URGENCY_FILLS[urgencyBand(talk)]);
      cell.font = font(lang, { size: 10, bold: urgencyBand(talk) === 0 });
    });
    row.commit();
  }
  ws.addRow([]).commit();
  const legend = ws.addRow(plan.talks.length === 0 ? [l.week.noTalks] : ['', ...l.week.urgency]);
  legend.eachCell((cell, c) => {
    cell.font = font(lang, { size: 10 });
    if (c > 1) {
      cell.fill = fill(URGENCY_FILLS[c - 2]);
      cell.border = BOX;
    }
  });
  legend.commit();
  commitSheet(ws);
}
