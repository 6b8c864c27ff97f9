import { describe, expect, it } from 'vitest';
import { ExportRefused, refuseIdentifyingRows } from './export';

const row = (over: Partial<Parameters<typeof refuseIdentifyingRows>[0][number]> = {}) => ({
  trajectoryId: 't1',
  trajectoryTitle: 'Noord',
  title: 'Vaste contactpersoon',
  nextStep: '',
  stopReason: '',
  ...over,
});
const nameIn = (_: string, text: string) => (text.includes('Yasmina') ? ('name' as const) : null);

describe('refuseIdentifyingRows', () => {
  it('lets clean rows through', () => {
    expect(() => refuseIdentifyingRows([row(), row({ nextStep: 'Proef in maart' })], nameIn)).not.toThrow();
  });

  it('names the first row (from 1), its trajectory, the field and the kind, not who', () => {
    const rows = [row(), row({ trajectoryTitle: 'Zuid', nextStep: 'Bellen met Yasmina' }), row({ title: 'Yasmina' })];
    const refused = (() => {
      try {
        refuseIdentifyingRows(rows, nameIn);
      } catch (e) {
        return e;
      }
    })();
    expect(refused).toBeInstanceOf(ExportRefused);
    expect(refused).toMatchObject({ row: 2, trajectoryTitle: 'Zuid', field: 'nextStep', kind: 'name', messageKey: 'actions.csvRefusedTitle' });
    expect(String((refused as Error).message)).not.toContain('Yasmina');
  });

  it('passes each row with its own trajectory, for that trajectory’s names', () => {
    const seen: string[] = [];
    refuseIdentifyingRows([row({ trajectoryId: 'a', stopReason: 'Geen geld' }), row({ trajectoryId: 'b' })], (tid) => (seen.push(tid), null));
    expect(seen).toEqual(['a', 'a', 'b']);
  });
});
