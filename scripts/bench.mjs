// `npm run bench`: starts the built app on an in-memory database with the demo, and prints
// response times and page weights (HTML plus the CSS and JS it loads, gzipped) for key pages.
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';

const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://localhost:${port}`;
const child = spawn(process.execPath, ['server/main.js'], {
  env: { ...process.env, PORT: String(port), APP_URL: base, DATA_DIR: 'memory://', DATABASE_URL: '', SMTP_URL: '', NODE_ENV: '', RATE_LIMIT_PUBLIC: '100000' },
  stdio: 'ignore',
});
const started = Date.now();
for (;;) {
  try {
    if ((await fetch(`${base}/login`)).ok) break;
  } catch {
    // not up yet
  }
  await new Promise((r) => setTimeout(r, 100));
}
console.info(`start to first page: ${Date.now() - started} ms`);

const headers = { origin: base };
await fetch(`${base}/login`, { method: 'POST', headers, body: new URLSearchParams({ email: 'coordinator@demo.spiegel.local' }) });
const outbox = await (await fetch(`${base}/dev/outbox`)).text();
const token = outbox.match(/token=([\w-]+)/)[1];
const confirmed = await fetch(`${base}/login/confirm`, { method: 'POST', headers, body: new URLSearchParams({ token }), redirect: 'manual' });
const cookie = confirmed.headers.get('set-cookie').split(';')[0];
const list = await (await fetch(`${base}/o/demostad`, { headers: { cookie } })).text();
const trajectory = list.match(/\/o\/demostad\/t\/([0-9a-f-]{36})/)?.[1];

const pages = [
  ['sign-in page', '/login', ''],
  ['trajectory list', '/o/demostad', cookie],
  ...(trajectory
    ? [
        ['trajectory overview', `/o/demostad/t/${trajectory}`, cookie],
        ['step 2 partners', `/o/demostad/t/${trajectory}/partners`, cookie],
        ['step 4 theme', `/o/demostad/t/${trajectory}/theme`, cookie],
      ]
    : []),
];

const gz = (buf) => gzipSync(buf).length;
for (const [label, path, c] of pages) {
  const times = [];
  let html = '';
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    const res = await fetch(base + path, { headers: { cookie: c } });
    html = await res.text();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const assets = [...html.matchAll(/(?:href|src)="(\/assets\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]);
  let css = 0;
  let js = 0;
  for (const asset of new Set(assets)) {
    const size = gz(Buffer.from(await (await fetch(base + asset)).arrayBuffer()));
    if (asset.endsWith('.css')) css += size;
    else js += size;
  }
  console.info(
    `${label.padEnd(22)} median ${times[15].toFixed(1)} ms, p90 ${times[27].toFixed(1)} ms · html ${(gz(Buffer.from(html)) / 1024).toFixed(1)} kB, css ${(css / 1024).toFixed(1)} kB, js ${(js / 1024).toFixed(1)} kB (gzip)`,
  );
}
child.kill('SIGTERM');
