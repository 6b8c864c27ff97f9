// A fresh, empty database on a PostgreSQL server, for one run of the tests or a benchmark.
import pg from 'pg';

/**
 * Creates database `name` on the server of `adminUrl` (dropping a leftover of that name first).
 * @param {string} adminUrl
 * @param {string} name
 * @returns {Promise<{ url: string; drop: () => Promise<void> }>}
 */
export async function freshDatabase(adminUrl, name) {
  const run = async (/** @type {string} */ statement) => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(statement);
    } finally {
      await admin.end();
    }
  };
  await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await run(`CREATE DATABASE ${name}`);
  const fresh = new URL(adminUrl);
  fresh.pathname = `/${name}`;
  return { url: fresh.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
