// `npm run bench:parent-page`: what a parent's phone downloads for their own page and for the public
// "you said, we did" page (step 8): the HTML and every stylesheet it loads, as sent over the wire
// (compressed as a browser asks for it, headers included), against the promise of at most 50 kB.
//
// The built app runs on an embedded database in a temporary folder with the demo; between a first
// and a second start this script adds a large agreed agenda to "Terugkomen in Noord" (eight items
// with quotes, Arabic, Turkish and Polish texts, actions with updates) and two parents' links.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';

const BUDGET = 50 * 1024;
const dataDir = mkdtempSync(path.join(tmpdir(), 'spiegel-bench-parent-'));
const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://localhost:${port}`;

async function startApp() {
  const child = spawn(process.execPath, ['server/main.js'], {
    env: { ...process.env, PORT: String(port), APP_URL: base, DATA_DIR: dataDir, DATABASE_URL: '', SMTP_URL: '', NODE_ENV: '', RATE_LIMIT_PUBLIC: '100000' },
    stdio: 'ignore',
  });
  for (;;) {
    try {
      if ((await fetch(`${base}/login`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const stopApp = (child) => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')));

/** A large agenda for the demo's second trajectory, written straight into the stopped app's database. */
async function seedAgenda() {
  const pg = await PGlite.create(dataDir);
  const one = async (sql, params) => (await pg.query(sql, params)).rows[0];
  const { id: trajectoryId, org_id: orgId } = await one(
    `select t.id, t.org_id from trajectories t join organisations o on o.id = t.org_id where o.slug = 'demostad' and t.title = 'Terugkomen in Noord'`,
  );
  const publicToken = randomBytes(32).toString('base64url');
  await pg.query(`update trajectories set feedback_languages = '["ar","tr","pl"]', agenda_shared_at = now(), public_page_token = $1 where id = $2`, [
    publicToken,
    trajectoryId,
  ]);
  for (let i = 0; i < 8; i++) {
    const itemId = randomUUID();
    await pg.query(
      `insert into agenda_items (id, org_id, trajectory_id, rank, position, status, title, plain_text, quotes) values ($1, $2, $3, $4, $4, 'agreed', $5, $6, $7)`,
      [
        itemId,
        orgId,
        trajectoryId,
        i + 1,
        `Punt ${i + 1}`,
        `Ouders willen één vaste persoon die ze kunnen bellen als ze hulp zoeken, en die eerlijk zegt hoe lang het duurt (punt ${i + 1}).`,
        JSON.stringify([
          'Ik wil één persoon die ik kan bellen, niet steeds iemand anders.',
          'Zeg gewoon eerlijk hoe lang het duurt, dan weet ik waar ik aan toe ben.',
        ]),
      ],
    );
    for (const [language, text] of [
      ['ar', 'يريد الأهالي شخصًا واحدًا ثابتًا يمكنهم الاتصال به عندما يحتاجون إلى مساعدة، ويقول بصراحة كم يستغرق الأمر.'],
      ['tr', 'Ebeveynler yardım aradıklarında arayabilecekleri ve ne kadar süreceğini dürüstçe söyleyen tek bir kişi istiyor.'],
      ['pl', 'Rodzice chcą jednej stałej osoby, do której mogą zadzwonić, gdy szukają pomocy, i która szczerze powie, jak długo to potrwa.'],
    ]) {
      await pg.query(`insert into agenda_item_translations (org_id, item_id, language, text) values ($1, $2, $3, $4)`, [orgId, itemId, language, text]);
    }
    if (i >= 6) continue;
    const actionId = randomUUID();
    await pg.query(
      `insert into actions (id, org_id, trajectory_id, agenda_item_id, title, status, next_step, due_on) values ($1, $2, $3, $4, 'Een wijkcoach voor elk gezin in Noord', 'running', 'In maart het eerste gesprek met ouders over hoe het gaat', '2026-06-01')`,
      [actionId, orgId, trajectoryId, itemId],
    );
    for (const text of ['De wijkcoach is aangenomen en begint volgende maand.', 'Het wijkteam heeft één telefoonnummer voor alle vragen van ouders.']) {
      await pg.query(`insert into action_updates (org_id, action_id, text, status) values ($1, $2, $3, 'running')`, [orgId, actionId, text]);
    }
  }
  const parents = (await pg.query(`select id, pseudonym from participants where trajectory_id = $1 order by pseudonym limit 2`, [trajectoryId])).rows;
  const tokens = {};
  for (const [i, parent] of parents.entries()) {
    tokens[i === 0 ? 'ar' : 'nl'] = randomBytes(32).toString('base64url');
    await pg.query(`insert into parent_links (org_id, trajectory_id, participant_id, link_token, language) values ($1, $2, $3, $4, $5)`, [
      orgId,
      trajectoryId,
      parent.id,
      tokens[i === 0 ? 'ar' : 'nl'],
      i === 0 ? 'ar' : 'nl',
    ]);
  }
  await pg.close();
  return { publicToken, tokens };
}

/** One GET as a phone's browser makes it: the bytes on the wire (body as sent, compressed) and the header bytes. */
function get(pathname) {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${pathname}`, { headers: { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html,text/css,*/*' } }, (res) => {
        let body = 0;
        const chunks = [];
        res.on('data', (chunk) => {
          body += chunk.length;
          chunks.push(chunk);
        });
        res.on('end', () => {
          const headers = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`.length + res.rawHeaders.reduce((n, h) => n + h.length + 2, 0) + 2; // "name: value\r\n", then "\r\n"
          resolve({ status: res.statusCode, body, headers, encoding: res.headers['content-encoding'] ?? 'none', raw: Buffer.concat(chunks) });
        });
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;

let app = await startApp();
await stopApp(app);
const { publicToken, tokens } = await seedAgenda();
app = await startApp();
try {
  const pages = [
    ["parent's page (Dutch)", `/p/parent/${tokens.nl}`],
    ["parent's page (Arabic)", `/p/parent/${tokens.ar}`],
    ['public page (Dutch)', `/p/agenda/${publicToken}`],
    ['public page (Arabic)', `/p/agenda/${publicToken}?lang=ar`],
  ];
  let over = false;
  for (const [label, pathname] of pages) {
    const html = await get(pathname);
    if (html.status !== 200) throw new Error(`${pathname}: ${html.status}`);
    const decode = { gzip: gunzipSync, br: brotliDecompressSync, deflate: inflateSync, none: (b) => b }[html.encoding];
    const text = decode(html.raw).toString('utf8');
    const assets = [...new Set([...text.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1]))];
    const scripts = [...text.matchAll(/<script/g)].length;
    let css = 0;
    let headers = html.headers;
    for (const asset of assets) {
      const res = await get(asset);
      css += res.body;
      headers += res.headers;
    }
    const total = html.body + css + headers;
    over ||= total > BUDGET;
    console.info(
      `${label.padEnd(24)} html ${kB(html.body)} (${html.encoding}, ${kB(text.length)} unpacked) + ${assets.length} stylesheets ${kB(css)} + headers ${kB(headers)} = ${kB(total)} · ${scripts} scripts · ${total <= BUDGET ? 'within' : 'OVER'} ${kB(BUDGET)}`,
    );
  }
  process.exitCode = over ? 1 : 0;
} finally {
  await stopApp(app);
  rmSync(dataDir, { recursive: true, force: true });
}
