// Loads the built CLI (dist/bundle, CommonJS chunks) with V8's code cache: each chunk is compiled
// from the cache `npm run build` made after a representative run (scripts/code-cache.js), so a
// command does not parse and compile ~1.8 MB of JavaScript again at every start (Node 20 has no
// module compile cache of its own). A cache that is missing, made for another version of its
// chunk (its size and time stamp differ), or rejected by V8 (another Node, other flags) leaves
// a plain compile. (Hashing the chunk instead would cost ~10 ms of every start: node:crypto.)
import Module, { createRequire } from 'node:module';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const BUNDLE = fileURLToPath(new URL('../dist/bundle', import.meta.url));
/** A cache file starts with the size and modification time (in whole ms, as a copy keeps it) of the chunk it was made from. */
const STAMP = 16;
function stampOf(file) {
  const { size, mtimeMs } = statSync(file);
  const stamp = Buffer.alloc(STAMP);
  stamp.writeDoubleLE(size, 0);
  stamp.writeDoubleLE(Math.floor(mtimeMs), 8);
  return stamp;
}

/** How each chunk was compiled ('cache', 'rejected' by V8, or 'none' found), for the tests. */
export const cacheUse = new Map();

function cachedData(file) {
  try {
    const data = readFileSync(`${file}.cache`);
    return data.subarray(0, STAMP).equals(stampOf(file)) ? data.subarray(STAMP) : undefined;
  } catch {
    return undefined;
  }
}

/** `require` for a chunk's code, as Node's own loader makes it. */
function requireFor(mod) {
  const require = (id) => mod.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
  require.main = process.mainModule;
  require.cache = Module._cache;
  require.extensions = Module._extensions;
  return require;
}

/**
 * The bundle's exports. `write` (scripts/code-cache.js): at exit, save the code cache of each
 * chunk that had none, with the functions the run compiled; `plain`: Node's own loader (source maps).
 */
export function loadBundle({ write = false, plain = false } = {}) {
  const load = () => createRequire(import.meta.url)('../dist/bundle/talks.cjs');
  if (plain) return load();
  const made = [];
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    if (dirname(filename) !== BUNDLE) return compile.call(this, content, filename);
    const cached = cachedData(filename);
    const script = new Script(Module.wrap(content), { filename, cachedData: cached });
    cacheUse.set(filename.slice(BUNDLE.length + 1), cached === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'cache');
    if (write && cached === undefined) made.push([filename, script]);
    return script.runInThisContext().call(this.exports, this.exports, requireFor(this), this, filename, dirname(filename));
  };
  if (write) process.once('exit', () => made.forEach(([file, script]) => writeFileSync(`${file}.cache`, Buffer.concat([stampOf(file), script.createCachedData()]))));
  return load();
}
