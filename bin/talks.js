#!/usr/bin/env node
// The built CLI: dist/bundle (npm run build). With TALKS_DEBUG set, a stack trace names src/*.ts lines.
if (process.env.TALKS_DEBUG) process.setSourceMapsEnabled(true);
const { main } = await import('../dist/bundle/talks.js');
await main(process.argv);
