import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { permissions } from '#app/auth/permissions';
import * as schema from '#app/db/schema';
import { NOT_PERSONAL, PERSONAL_DATA } from './register';

const tables = Object.values(schema)
  .filter((value) => is(value, PgTable))
  .map((table) => getTableConfig(table as PgTable));
const columnsOf = new Map(tables.map((t) => [t.name, t.columns.map((c) => c.name)]));

/** Column names that usually hold something about a person. */
const LOOKS_PERSONAL = /(^|_)(name|surname|email|phone|address|contact|to|user_agent)($|_)/;

describe('the register of personal data', () => {
  it('describes every column that looks personal (or says why it is not)', () => {
    const described = new Set(PERSONAL_DATA.flatMap((e) => e.columns.map((c) => `${e.table}.${c}`)));
    const notPersonal = new Set(Object.entries(NOT_PERSONAL).flatMap(([table, cols]) => cols.map((c) => `${table}.${c}`)));
    const missing = tables.flatMap((t) =>
      t.columns.map((c) => `${t.name}.${c.name}`).filter((key) => LOOKS_PERSONAL.test(key.split('.')[1]!) && !described.has(key) && !notPersonal.has(key)),
    );
    expect(missing).toEqual([]);
  });

  it('describes every column of participant_personal_data but its keys', () => {
    const described = PERSONAL_DATA.filter((e) => e.table === 'participant_personal_data').flatMap((e) => e.columns);
    const keys = ['participant_id', 'org_id', 'trajectory_id', 'updated_at'];
    expect([...described, ...keys].sort()).toEqual([...columnsOf.get('participant_personal_data')!].sort());
  });

  it('names only columns that exist and permissions that exist', () => {
    for (const entry of PERSONAL_DATA) {
      for (const column of entry.columns) expect(columnsOf.get(entry.table), `${entry.table}.${column}`).toContain(column);
      if (entry.seenBy !== 'nobody' && entry.seenBy !== 'linkOnly') expect(permissions).toContain(entry.seenBy);
    }
    for (const [table, cols] of Object.entries(NOT_PERSONAL)) for (const column of cols) expect(columnsOf.get(table)).toContain(column);
  });
});
