// `npm test`: typecheck, lint, unit and integration tests on PGlite (and again on PostgreSQL
// when TEST_DATABASE_URL is set), build, browser journeys. Stops at the first failure.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freshDatabase } from './fresh-database.mjs';

const timings = [];
const counts = { passed: 0, failed: 0, skipped: 0 };

/** Vitest with its usual output plus a JSON report, to add up a closing count. */
function vitest(label, project, env = {}) {
  const report = `test-results/${project}-${timings.length}.json`;
  run(label, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
  const result = JSON.parse(readFileSync(report, 'utf8'));
  counts.passed += result.numPassedTests;
  counts.failed += result.numFailedTests;
  counts.skipped += result.numPendingTests + result.numTodoTests;
}
function run(label, command, args, env = {}) {
  const started = Date.now();
  console.info(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  timings.push(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

/** Several checks at once (each mostly one core): their output is printed whole when each ends. */
async function together(label, commands) {
  const started = Date.now();
  console.info(`\n▶ ${label}`);
  const results = await Promise.all(
    commands.map(
      ([name, command, args]) =>
        new Promise((resolve) => {
          const child = spawn(command, args, { env: process.env });
          let output = '';
          child.stdout.on('data', (chunk) => (output += chunk));
          child.stderr.on('data', (chunk) => (output += chunk));
          child.on('close', (status) => {
            console.info(`\n── ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n${output.trim()}`);
            resolve({ name, status });
          });
        }),
    ),
  );
  timings.push(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const failed = results.filter((r) => r.status !== 0);
  if (failed.length > 0) {
    console.error(`✖ ${failed.map((r) => r.name).join(', ')} failed`);
    process.exit(1);
  }
}

run('typecheck', 'npx', ['react-router', 'typegen']);
await together('typecheck (tsc), lint, format', [
  ['typecheck (tsc)', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
]);
vitest('unit + integration (PGlite)', 'unit', { DATABASE_URL: '' });
if (process.env.TEST_DATABASE_URL) {
  const database = await freshDatabase(process.env.TEST_DATABASE_URL, `spiegel_test_${process.pid}`);
  try {
    vitest('unit + integration (PostgreSQL)', 'unit', { DATABASE_URL: database.url });
  } finally {
    await database.drop();
  }
} else {
  console.info('\n(TEST_DATABASE_URL not set: skipping the PostgreSQL run)');
}
run('build', 'npx', ['react-router', 'build']);
vitest('browser journeys (Chromium)', 'e2e');
console.info(`\n${timings.join('\n')}\n\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
