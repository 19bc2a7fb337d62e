// V8 optimises a function once it has run a budget of bytecode. With the default budget a check run
// optimises ~360 functions, and that compilation costs about as much CPU as the files themselves at
// N=500 (per thread: each worker compiles its own). A larger budget optimises only the truly hot
// ~140: 13% less CPU on one thread, 20% on two, and `report` 14% faster (npm run bench, 2 cores).
// Only V8 11 (Node 20) has this flag: V8 12+ (Node 22, 24) counts invocations instead and prints
// "unrecognized flag" for it, so newer engines keep their defaults.

/** The V8 flags to set for this V8 version (process.versions.v8), as one string; '' for none. */
export function tierUpFlags(v8Version) {
  const major = Number.parseInt(String(v8Version), 10);
  return major === 11 ? '--interrupt-budget=1000000' : '';
}
