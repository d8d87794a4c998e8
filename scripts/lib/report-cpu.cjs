// Preloaded into each timed process by `npm run bench` (node --require): on exit, its CPU time (user + system, all
// threads) as the last line on stderr. CPU time is disturbed far less than wall time by other work on the machine.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-ms:${((user + system) / 1000).toFixed(0)}\n`);
});
