// V8 optimises a function with its top tier (TurboFan) once it has run enough. With the defaults a
// check run optimises hundreds of functions, and that compilation costs about as much CPU as the
// files themselves at N=500 (per thread: each worker compiles its own). A later tier-up optimises
// only the truly hot ones; the rest stay in the cheaper tiers. The flag that says "later" differs:
// - V8 11 (Node 20) counts bytecode: --interrupt-budget. 13% less CPU on one thread, 20% on two.
// - V8 12 and 13 (Node 22, 24) count invocations: --invocation-count-for-turbofan (default 3000).
//   At 100000, check N=500 takes 11–13% less CPU and report 10% less (Node 22 and 24); N=5,000 is
//   unchanged, since its hot functions still reach the count (npm run bench, 2 cores).
// V8 12/13 also size the young generation by the machine's memory: on 24 GB a 5,000-file run peaked
// at 584 MB (check) and 608 MB (report), over the 400 MB the bulk run must stay under. Semi-spaces
// fixed at 16 MB (Node 20's default; workers are created after this and take it, the main thread
// keeps its first size) bring that to 287 and 357 MB, at the same speed (report 13% faster at N=500).
// Each flag exists only in its engines: another prints "unrecognized flag", so versions not
// measured keep their defaults.

/** The V8 flags to set for this V8 version (process.versions.v8), as one string; '' for none. */
export function tierUpFlags(v8Version) {
  const major = Number.parseInt(String(v8Version), 10);
  if (major === 11) return '--interrupt-budget=1000000';
  if (major === 12 || major === 13) {
    return '--invocation-count-for-turbofan=100000 --min-semi-space-size=16 --max-semi-space-size=16 --semi-space-growth-factor=1';
  }
  return '';
}
