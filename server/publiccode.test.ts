// The publishing metadata: publiccode.yml (Standard for Public Code, v0.4) has its required keys
// and agrees with package.json and LICENSE. Read line by line: no YAML parser is installed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
const yml = read('publiccode.yml');
const lines = yml.split('\n');

/** The text of a block scalar (`key: |`) that starts on line `at`: its indented lines. */
function blockAfter(at: number): string {
  const indent = /^\s*/.exec(lines[at]!)![0].length;
  const body: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (line.trim() !== '' && /^\s*/.exec(line)![0].length <= indent) break;
    body.push(line.trim());
  }
  return body.join(' ').trim();
}

describe('publiccode.yml', () => {
  it('has the keys the standard requires', () => {
    const topLevel = lines.map((l) => /^([A-Za-z]+):/.exec(l)?.[1]).filter(Boolean);
    for (const key of [
      'publiccodeYmlVersion',
      'name',
      'url',
      'platforms',
      'developmentStatus',
      'softwareType',
      'description',
      'legal',
      'maintenance',
      'localisation',
    ]) {
      expect(topLevel).toContain(key);
    }
    expect(yml).toMatch(/^publiccodeYmlVersion: (['"])0\.4\1$/m);
    expect(yml).toMatch(/^softwareType: (['"])standalone\/web\1$/m);
    expect(yml).toMatch(/^developmentStatus: (concept|development|beta|stable|obsolete)$/m);
    expect(yml).toMatch(/^ {2}type: (internal|contract|community|none)$/m);
  });

  it('describes Spiegel in Dutch and English within the lengths the standard allows', () => {
    for (const language of ['nl', 'en']) expect(yml).toMatch(new RegExp(`^ {2}${language}:$`, 'm'));
    const short = lines.filter((l) => /^\s+shortDescription: /.test(l)).map((l) => l.replace(/^\s+shortDescription: /, ''));
    expect(short).toHaveLength(2);
    for (const text of short) expect(text.length).toBeLessThanOrEqual(150);
    const long = lines.flatMap((l, i) => (/^\s+longDescription: \|$/.test(l) ? [blockAfter(i)] : []));
    expect(long).toHaveLength(2);
    for (const text of long) expect(text.length).toBeGreaterThanOrEqual(150);
  });

  it('names the licence of package.json and LICENSE, and PostgreSQL 15 as a dependency', () => {
    const pkg = JSON.parse(read('package.json')) as { license: string; version: string };
    expect(pkg.license).toBe('EUPL-1.2');
    expect(yml).toMatch(/^ {2}license: EUPL-1\.2$/m);
    expect(read('LICENSE')).toMatch(/^# EUROPEAN UNION PUBLIC LICENCE v\. 1\.2\n/);
    expect(yml).toMatch(new RegExp(`^softwareVersion: (['"])${pkg.version.replaceAll('.', '\\.')}\\1$`, 'm'));
    expect(yml).toMatch(/- name: PostgreSQL\n\s+versionMin: (['"])15\1/);
  });
});
