#!/usr/bin/env node
// Prints the fixture plan workbooks (English and Chinese, --today 2026-11-24) to PDF with
// LibreOffice and reports, per sheet, the number of pages, the smallest print scale and the
// smallest text size on paper. Not part of `npm test`: it needs LibreOffice and poppler-utils
// (`apt-get install -y libreoffice-calc poppler-utils`, and fonts-crosextra-carlito for
// Calibri's metrics); without them it says so and exits 0.
//
//   npm run print-check [-- --keep DIR]     (DIR keeps the workbooks and PDFs for a look)
//
// The scale is measured, not computed: every page header title is 11 points at 100%, so its
// printed size over 11 is the page's scale. A CJK glyph is 1 em wide (size = width / chars);
// a Latin word's box is 1.3 em high in Carlito (measured on a page printed at 100%).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIX = join(ROOT, 'fixtures');
const TITLE_POINTS = 11;
const LATIN_BOX = 1.3;
const MARGIN_BAND = 42;

const RUNS = [
  { lang: 'en', args: [join(FIX, 'roster.xlsx'), '--kpi', join(FIX, 'kpi.xlsx')] },
  { lang: 'zh-CN', args: [join(FIX, 'roster-zh.csv'), '--kpi', join(FIX, 'kpi-zh.csv'), '--lang', 'zh-CN', '--calendar', 'cn'] },
];

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error || r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.error?.message ?? r.stderr}`);
  return r.stdout;
}

const has = (cmd) => !spawnSync(cmd, ['--version'], { encoding: 'utf8' }).error;

const CJK = /^[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+$/u;

function sizeOf(w) {
  return CJK.test(w.text) ? (w.x2 - w.x1) / [...w.text].length : (w.y2 - w.y1) / LATIN_BOX;
}

/** The words of each page from `pdftotext -bbox`, with the page size. */
function pages(pdf) {
  const html = run('pdftotext', ['-bbox', pdf, '-']);
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">(.*?)<\/page>/gs)].map((p) => ({
    width: +p[1],
    height: +p[2],
    words: [...p[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/word>/g)].map((m) => ({
      x1: +m[1], y1: +m[2], x2: +m[3], y2: +m[4], text: m[5],
    })),
  }));
}

/** The header title (top left), the scale it shows and the smallest text in the body. */
function measure(page) {
  const top = page.words.filter((w) => w.y2 < MARGIN_BAND && w.x1 < page.width / 2);
  const line = top.filter((w) => Math.abs(w.y1 - top[0].y1) < 2);
  const body = page.words.filter((w) => w.y1 > MARGIN_BAND && w.y2 < page.height - MARGIN_BAND);
  return {
    title: line.map((w) => w.text).join(' '),
    scale: line.length ? sizeOf(line[0]) / TITLE_POINTS : NaN,
    smallest: Math.min(...body.map(sizeOf)),
  };
}

/** Prep sheets (titled "<agent id> <name>") are summed up in one line. */
const group = (title) => (/^\S*\d+\s/.test(title) ? 'prep sheets' : title.length > 44 ? `${title.slice(0, 43)}…` : title);

/** Pads to a width in terminal columns, a CJK character taking two. */
const pad = (s, n) => s + ' '.repeat(Math.max(0, n - [...s].reduce((w, ch) => w + (CJK.test(ch) ? 2 : 1), 0)));

function report(lang, pdf) {
  const sheets = new Map();
  let previous = '';
  for (const page of pages(pdf)) {
    const m = measure(page);
    const name = group(m.title || previous);
    previous = m.title || previous;
    const s = sheets.get(name) ?? { pages: 0, scale: Infinity, smallest: Infinity, titles: new Set() };
    s.pages++;
    s.titles.add(m.title);
    s.scale = Math.min(s.scale, m.scale);
    s.smallest = Math.min(s.smallest, m.smallest);
    sheets.set(name, s);
  }
  const total = [...sheets.values()].reduce((n, s) => n + s.pages, 0);
  console.log(`\n${lang}: ${pdf} — ${total} pages`);
  console.log(`  ${'sheet'.padEnd(46)} pages  smallest scale  smallest text`);
  for (const [name, s] of sheets) {
    const label = name === 'prep sheets' ? `prep sheets (${s.titles.size})` : name;
    console.log(`  ${pad(label, 46)} ${String(s.pages).padStart(5)}  ${`${Math.round(s.scale * 100)}%`.padStart(14)}  ${`${s.smallest.toFixed(1)} pt`.padStart(13)}`);
  }
}

function main() {
  const missing = ['soffice', 'pdftotext'].filter((c) => !has(c));
  if (missing.length) {
    console.log(`print-check: ${missing.join(' and ')} not found; install them with: apt-get install -y libreoffice-calc poppler-utils`);
    return;
  }
  const keep = process.argv.indexOf('--keep');
  const dir = keep > 0 ? process.argv[keep + 1] : mkdtempSync(join(tmpdir(), 'talks-print-'));
  mkdirSync(dir, { recursive: true });
  const fonts = run('fc-list', [':', 'family']);
  if (!/Carlito|Calibri/.test(fonts)) console.log('print-check: neither Calibri nor Carlito is installed; text sizes are measured in a substitute font.');
  console.log(run('soffice', ['--version']).trim());
  for (const { lang, args } of RUNS) {
    const xlsx = join(dir, `plan-${lang}.xlsx`);
    run(process.execPath, [join(ROOT, 'bin', 'talks.js'), 'plan', ...args, '--today', '2026-11-24', '-o', xlsx, '--force']);
    run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx]);
    report(lang, join(dir, `plan-${lang}.pdf`));
  }
}

main();
