// STUB: replaced by the CLI work.
process.stdout.write('dangjian\n');
