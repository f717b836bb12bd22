// The built CLI (`npm run build`, after tsc): src/cli/main.ts bundled into dist/bundle/, which
// bin/talks.js runs. Three chunks, so that each command loads only what it uses from a few files
// instead of ~200 modules: `start` (what every command needs to parse its arguments and print its
// help), `libs` (the packages imported lazily: exceljs's streaming writer and its dependencies)
// and `work` (the rest of our code). Packages loaded with require() stay in node_modules.
// CommonJS chunks (.cjs, strict as the ES modules were), so that bin/load-bundle.js can compile
// each from the V8 code cache scripts/code-cache.js makes after the build.
import { defineConfig } from 'rolldown';

/**
 * A package's `const x = require('m');` made lazy: `x` becomes an object whose listed methods
 * require `m` when first called. For modules a package loads at start-up for calls talks never or
 * rarely makes. A file whose line or uses of `x` changed is left as it is (comments aside).
 */
function lazyRequire(name, file, line, methods) {
  const [, variable, module] = /^const (\w+) = require\('([^']+)'\);$/.exec(line);
  const other = new RegExp(`\\b${variable}\\.(?!(?:${methods.join('|')})\\()`);
  const lazy = `const ${variable} = { ${methods.map((m) => `${m}: (...args) => require('${module}').${m}(...args)`).join(', ')} };`;
  return {
    name,
    transform: {
      filter: { id: file },
      handler(code) {
        if (!code.includes(line) || other.test(code.replace(/\/\/.*$/gm, ''))) return null;
        return { code: code.replace(line, lazy), map: null };
      },
    },
  };
}

/**
 * commander requires node:child_process at load (~6 ms of every start, `--help` included) for
 * the one thing it uses it for, spawning an executable subcommand, which talks never does.
 */
const lazyChildProcess = lazyRequire('lazy-child-process', /[\\/]commander[\\/]lib[\\/]command\.js$/, "const childProcess = require('node:child_process');", ['spawn']);
/**
 * exceljs's streaming sheet writer loads its password hashing, and with it node:crypto (~15 of
 * Node's own modules, ~10 ms of a plan), for sheet protection, which the plan workbook never sets.
 */
const lazyCrypto = lazyRequire('lazy-crypto', /[\\/]exceljs[\\/]lib[\\/]utils[\\/]encryptor\.js$/, "const crypto = require('crypto');", ['createHash', 'getHashes', 'randomBytes']);

/**
 * Every character outside ASCII as a \\u escape (after `charset: 'ascii'`, which leaves those in
 * comments and template literals: the Chinese text of messages, holidays and date patterns).
 * V8 keeps an ASCII chunk's source in one byte per character instead of two (~1.9 MB less heap at
 * every start, and a faster read). The only raw templates with such text (String.raw date and
 * duration patterns) make RegExps, where \\u escapes mean the same characters.
 */
const asciiOnly = {
  name: 'ascii-only',
  renderChunk(code) {
    if (!/[\u0080-\uffff]/.test(code)) return null;
    return { code: code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`), map: null };
  },
};

/**
 * exceljs's streaming writer requires archiver for its zip, but the plan workbook's writer
 * replaces that zip with its own before anything is added (src/io/write/parts-zip.ts): in the
 * bundle archiver is a function that makes nothing, and archiver's ~600 KB of code (async,
 * readable-stream, glob, tar-stream, lodash …) is neither bundled nor loaded by a plan.
 */
const ARCHIVER_STUB = '\0archiver-stub';
const noArchiver = {
  name: 'no-archiver',
  resolveId(id, importer) {
    return id === 'archiver' && importer && /[\\/]exceljs[\\/]lib[\\/]stream[\\/]xlsx[\\/]workbook-writer\.js$/.test(importer) ? ARCHIVER_STUB : null;
  },
  load(id) {
    return id === ARCHIVER_STUB ? 'module.exports = function archiver() { return undefined; };' : null;
  },
};

export default defineConfig({
  input: { talks: 'src/cli/main.ts' },
  platform: 'node',
  // A native module; the others are bundled where they are imported.
  external: [/^better-sqlite3/],
  plugins: [lazyChildProcess, lazyCrypto, noArchiver, asciiOnly],
  // A module one command imports lazily and another at once is in the chunk of the latter: as intended.
  checks: { ineffectiveDynamicImport: false },
  output: {
    dir: 'dist/bundle',
    format: 'cjs',
    strict: true,
    charset: 'ascii',
    sourcemap: true,
    entryFileNames: '[name].cjs',
    chunkFileNames: '[name].cjs',
    cleanDir: true,
    codeSplitting: {
      groups: [
        { name: 'start', tags: ['$initial'], priority: 3 },
        { name: 'libs', test: /[\\/]node_modules[\\/]/, priority: 2 },
        { name: 'work', priority: 1 },
      ],
    },
  },
});
