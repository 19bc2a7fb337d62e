#!/usr/bin/env node
// Entry point of the `dangjian` CLI. The TypeScript sources are compiled to build/ by `npm install` (prepare).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

// V8 optimises a function once it has run a budget of bytecode. With the default budget a check run
// optimises ~360 functions, and that compilation costs about as much CPU as the files themselves at
// N=500 (per thread: each worker compiles its own). A larger budget optimises only the truly hot
// ~140: 13% less CPU on one thread, 20% on two, and `report` 14% faster (npm run bench, 2 cores).
// Process-wide, so the worker threads get it too; it changes what is optimised, never a result.
v8.setFlagsFromString('--interrupt-budget=1000000');

const main = fileURLToPath(new URL('../build/generator/cli/main.js', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write('未找到编译后的程序（build/）。请先在项目目录运行 npm install 或 npm run build:cli。\n');
  process.exit(2);
}
await import(main);
