#!/usr/bin/env node
// Entry point of the `dangjian` CLI. The TypeScript sources are compiled to build/ by `npm install` (prepare).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { tierUpFlags } from './v8-tuning.js';

// Process-wide, so the worker threads get it too; it changes what is optimised, never a result.
const flags = tierUpFlags(process.versions.v8);
if (flags) v8.setFlagsFromString(flags);

const main = fileURLToPath(new URL('../build/generator/cli/main.js', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write('未找到编译后的程序（build/）。请先在项目目录运行 npm install 或 npm run build:cli。\n');
  process.exit(2);
}
await import(main);
