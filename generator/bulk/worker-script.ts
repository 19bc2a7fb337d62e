/**
 * Where the compiled worker lives. Worker threads run the build/ code; from the TypeScript sources
 * (tests) the compiled twin under build/ is used when it exists, else the run stays in one thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function workerScript(): URL | null {
  if (import.meta.url.endsWith('.js')) {
    const here = new URL('./worker.js', import.meta.url);
    return existsSync(fileURLToPath(here)) ? here : null;
  }
  const built = new URL('../../build/generator/bulk/worker.js', import.meta.url);
  return existsSync(fileURLToPath(built)) ? built : null;
}
