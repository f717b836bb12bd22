// The bench's input files: a 5,000-agent centre (one manager, or 50 managers on day shifts) and
// daily KPI rows for it, as csv and as xlsx written the way Excel writes them (shared strings,
// dates as serial numbers with a date format, percentages as fractions). The xlsx is written
// here, streamed through zlib, because exceljs takes minutes for 3 million rows.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { constants, crc32, createDeflateRaw } from 'node:zlib';

export const AGENTS = 5_000;
export const TODAY = '2026-07-20';
const DAY_MS = 86_400_000;
const LAST_DAY = Date.parse(`${TODAY}T00:00:00Z`) - DAY_MS;

const agentId = (i) => `AG${String(i + 1).padStart(5, '0')}`;
/** Day d of a file of `days` days, the last of which is the day before TODAY. */
const dayMs = (d, days) => LAST_DAY - (days - 1 - d) * DAY_MS;
const dayText = (ms) => new Date(ms).toISOString().slice(0, 10);

/** Deterministic KPI values for agent a on day d. */
function kpi(a, d) {
  const x = (a * 7919 + d * 104729) % 1000;
  return [40 + (x % 60), 180 + ((x * 13) % 300), (600 + ((x * 17) % 400)) / 1000, (600 + ((x * 19) % 400)) / 10, (500 + ((x * 23) % 500)) / 1000, (800 + ((x * 29) % 200)) / 1000];
}

async function writeLines(file, header, count, line) {
  const out = createWriteStream(file);
  out.write(header);
  for (let i = 0; i < count; i++) if (!out.write(line(i))) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/** One manager's centre; most agents had a talk in the last four weeks, so the backlog is a realistic size. */
export function writeRoster(file) {
  const today = Date.parse(`${TODAY}T00:00:00Z`);
  return writeLines(file, 'Agent ID,Name,Team,Team Lead,Hire Date,Status,Last Talk\n', AGENTS, (a) => {
    const hire = dayText(Date.UTC(2020, 0, 6) + (a % 1500) * DAY_MS);
    const lastTalk = dayText(today - (1 + (a % 27)) * DAY_MS);
    return `${agentId(a)},Agent ${a + 1},Team ${Math.floor(a / 15) + 1},Lead ${Math.floor(a / 15) + 1},${hire},Active,${lastTalk}\n`;
  });
}

/** The same centre run by 50 managers (100 agents each) on two day shifts. */
export function writeManagersRoster(file) {
  const today = Date.parse(`${TODAY}T00:00:00Z`);
  return writeLines(file, 'Agent ID,Name,Team,Team Lead,Manager,Hire Date,Status,Last Talk,Shift\n', AGENTS, (a) => {
    const hire = dayText(Date.UTC(2020, 0, 6) + (a % 1500) * DAY_MS);
    const lastTalk = dayText(today - (20 + ((a * 37) % 300)) * DAY_MS);
    const shift = a % 3 === 0 ? '12:00-21:00' : '08:00-17:00';
    return `${agentId(a)},Agent ${a + 1},Team ${Math.floor(a / 15) + 1},Lead ${Math.floor(a / 15) + 1},Manager ${Math.floor(a / 100) + 1},${hire},Active,${lastTalk},${shift}\n`;
  });
}

/** `days` days of daily rows for every agent, day by day. */
export function writeKpiCsv(file, days) {
  let day = '';
  return writeLines(file, 'Agent ID,Date,Calls,AHT,CSAT,QA,FCR,Adherence\n', AGENTS * days, (i) => {
    const d = Math.floor(i / AGENTS);
    const a = i % AGENTS;
    if (a === 0) day = dayText(dayMs(d, days));
    return `${agentId(a)},${day},${kpi(a, d).join(',')}\n`;
  });
}

// ---------------------------------------------------------------------------------------------
// xlsx

const HEADERS = ['Agent ID', 'Date', 'Calls', 'AHT', 'CSAT', 'QA', 'FCR', 'Adherence'];
const COLS = 'ABCDEFGH';
/** Style 1: a date; style 2: a percentage. */
const STYLE = [0, 1, 0, 0, 2, 0, 2, 2];
const excelSerial = (ms) => ms / DAY_MS + 25_569;
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function sheetRow(r, cells) {
  let xml = `<row r="${r}">`;
  cells.forEach((c, i) => {
    const s = STYLE[i] ? ` s="${STYLE[i]}"` : '';
    xml += c.shared === undefined ? `<c r="${COLS[i]}${r}"${s}><v>${c}</v></c>` : `<c r="${COLS[i]}${r}" t="s"><v>${c.shared}</v></c>`;
  });
  return `${xml}</row>`;
}

const SMALL_PARTS = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="KPI" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
  'xl/styles.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
};

function sharedStrings() {
  const all = [...HEADERS, ...Array.from({ length: AGENTS }, (_, a) => agentId(a))];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${all.length}" uniqueCount="${all.length}">${all.map((s) => `<si><t>${escape(s)}</t></si>`).join('')}</sst>`;
}

/** A zip writer for one streamed entry among small ones: each entry's sizes follow its data (flag bit 3). */
class ZipOut {
  constructor(file) {
    this.out = createWriteStream(file);
    this.offset = 0;
    this.central = [];
  }

  async write(buf) {
    this.offset += buf.length;
    if (!this.out.write(buf)) await once(this.out, 'drain');
  }

  async entry(name, chunks) {
    const nameBuf = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(nameBuf.length, 26);
    const at = this.offset;
    await this.write(Buffer.concat([local, nameBuf]));
    let crc = 0;
    let size = 0;
    let compressed = 0;
    const deflate = createDeflateRaw({ level: constants.Z_DEFAULT_COMPRESSION });
    const drained = (async () => {
      for await (const c of deflate) {
        compressed += c.length;
        await this.write(c);
      }
    })();
    for await (const text of chunks) {
      const buf = Buffer.from(text, 'utf8');
      crc = crc32(buf, crc);
      size += buf.length;
      if (!deflate.write(buf)) await once(deflate, 'drain');
    }
    deflate.end();
    await drained;
    const desc = Buffer.alloc(16);
    desc.writeUInt32LE(0x08074b50, 0);
    desc.writeUInt32LE(crc >>> 0, 4);
    desc.writeUInt32LE(compressed, 8);
    desc.writeUInt32LE(size, 12);
    await this.write(desc);
    this.central.push({ nameBuf, at, crc, size, compressed });
  }

  async close() {
    const start = this.offset;
    for (const e of this.central) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(0x0808, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt32LE(e.crc >>> 0, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.nameBuf.length, 28);
      h.writeUInt32LE(e.at, 42);
      await this.write(Buffer.concat([h, e.nameBuf]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.central.length, 8);
    end.writeUInt16LE(this.central.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    this.out.end();
    await once(this.out, 'finish');
  }
}

/** Days per sheet: a sheet holds at most 1,048,576 rows, so 3M rows take three sheets, as an export would. */
const SHEET_DAYS = 200;

async function* sheetXml(from, to, days) {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  yield sheetRow(1, HEADERS.map((_, i) => ({ shared: i })));
  let r = 2;
  for (let d = from; d < to; d++) {
    const serial = excelSerial(dayMs(d, days));
    let xml = '';
    for (let a = 0; a < AGENTS; a++) xml += sheetRow(r++, [{ shared: HEADERS.length + a }, serial, ...kpi(a, d)]);
    yield xml;
  }
  yield '</sheetData></worksheet>';
}

/** The package parts naming sheets 1…n. */
function sheetParts(n) {
  const ids = Array.from({ length: n }, (_, i) => i + 1);
  const parts = { ...SMALL_PARTS };
  parts['[Content_Types].xml'] = parts['[Content_Types].xml'].replace(
    /<Override PartName="\/xl\/worksheets\/sheet1.xml"[^>]*\/>/,
    ids.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join(''),
  );
  parts['xl/workbook.xml'] = parts['xl/workbook.xml'].replace(/<sheets>.*<\/sheets>/, `<sheets>${ids.map((i) => `<sheet name="KPI ${i}" sheetId="${i}" r:id="rId${i + 10}"/>`).join('')}</sheets>`);
  parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels'].replace(
    /<Relationship Id="rId1"[^>]*\/>/,
    ids.map((i) => `<Relationship Id="rId${i + 10}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`).join(''),
  );
  return parts;
}

export async function writeKpiXlsx(file, days) {
  const zip = new ZipOut(file);
  const sheets = Math.ceil(days / SHEET_DAYS);
  for (const [name, xml] of Object.entries(sheetParts(sheets))) await zip.entry(name, [xml]);
  await zip.entry('xl/sharedStrings.xml', [sharedStrings()]);
  for (let s = 0; s < sheets; s++) await zip.entry(`xl/worksheets/sheet${s + 1}.xml`, sheetXml(s * SHEET_DAYS, Math.min(days, (s + 1) * SHEET_DAYS), days));
  await zip.close();
}
