#!/usr/bin/env node
// The built CLI: dist/bundle (npm run build), compiled from its V8 code cache (load-bundle.js). With
// TALKS_DEBUG set, Node loads it itself and a stack trace names src/*.ts lines.
import { setFlagsFromString } from 'node:v8';

// V8's young generation grows to 32 MiB, and at a large KPI read all of it is short-lived garbage
// held on top of the peak. Kept at its start size, the 1M-row xlsx plan peaks ~40 MiB lower at the
// same CPU time (issue 14). Only this growth factor takes effect once V8 has started. Once the
// KPI data is read, a `plan` that writes several managers' workbooks lets it grow when the
// process is far under its memory budget (src/cli/plan-heap.ts).
setFlagsFromString('--semi-space-growth-factor=1');
if (process.env.TALKS_DEBUG) process.setSourceMapsEnabled(true);
const write = process.env.TALKS_CODE_CACHE === 'write';
// A code cache carries a hash of V8's flags as they are when it is made (at exit, see
// load-bundle.js), and V8 rejects it under other flags: it is made under the flags the chunks are
// loaded with, not the growth a plan set after loading them. (This hook runs before the writer's.)
if (write) process.once('exit', () => setFlagsFromString('--semi-space-growth-factor=1'));
const { loadBundle } = await import('./load-bundle.js');
const { main } = loadBundle({ write, plain: Boolean(process.env.TALKS_DEBUG) });
await main(process.argv);
