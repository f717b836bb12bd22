// Runs many CLI cases in one Node process (one start-up for a group), each in its own folder and
// environment, and reports every result with its own peak memory. Used by test/corpus/grouped.ts.
import fs from 'node:fs';

/**
 * Each case's own peak: on Linux the peak resident size (VmHWM) is reset before the case and read
 * after it; elsewhere the process's peak so far, which still bounds the case from above.
 */
function resetPeak() {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}
function peakKiB(reset) {
  const hwm = reset ? /VmHWM:\s*(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8')) : null;
  return hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS;
}

const [mainUrl, casesFile] = process.argv.slice(2);
const { main } = await import(mainUrl);
const cases = JSON.parse(fs.readFileSync(casesFile, 'utf8'));
const results = [];
const line = (t) => (t.endsWith('\n') ? t : `${t}\n`);
for (const c of cases) {
  process.chdir(c.cwd);
  for (const k of ['LANG', 'LC_ALL', 'LC_MESSAGES']) delete process.env[k];
  Object.assign(process.env, c.env);
  const r = { stdout: '', stderr: '' };
  const out = {
    data: (t) => void (r.stdout += line(t)),
    message: (t) => void (r.stderr += line(t)),
    progress: () => undefined,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  let code;
  const reset = resetPeak();
  try {
    code = await main(['node', 'talks', ...c.args], out);
  } catch (e) {
    code = -2;
    r.stderr += `runner: main threw ${e instanceof Error ? e.stack : String(e)}`;
  }
  results.push({ code, ...r, peakKiB: peakKiB(reset) });
}
fs.writeFileSync(`${casesFile}.out`, JSON.stringify({ results, maxRssKiB: process.resourceUsage().maxRSS }));
