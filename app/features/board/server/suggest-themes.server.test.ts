import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { updateEmbeddings } from '#app/features/organisations/server/update-embeddings.server';
import { makeMember } from '#tests/factories';
import { type FakeEmbeddings, startFakeEmbeddings } from '#tests/fake-embeddings';
import { openTestBoard } from './board-fixture';
import { createTheme } from './create-theme.server';
import { suggestThemes } from './suggest-themes.server';

describe('suggested themes with the organisation’s own embeddings service', () => {
  let service: FakeEmbeddings;
  beforeAll(async () => {
    service = await startFakeEmbeddings();
  });
  afterAll(() => service.close());

  /** A board whose notes share no words: only the service can see that two are about transport. */
  async function boardWithService() {
    const board = await openTestBoard();
    await board.phase('heard');
    const bike = await board.note(null, 'Mijn fiets is gestolen');
    const scooter = await board.note(null, 'Iemand nam de scooter mee');
    const forms = await board.note(null, 'Formulieren zijn moeilijk');
    const admin = await makeMember(board.org.id, 'admin');
    await updateEmbeddings({ ...admin, embeddingsUrl: service.url, embeddingsModel: 'nl-test' });
    return { ...board, bike, scooter, forms };
  }

  it('is off by default: the words alone decide', async () => {
    const { ids, phase, note } = await openTestBoard();
    await phase('heard');
    await note(null, 'Mijn fiets is gestolen');
    await note(null, 'Iemand nam de scooter mee');
    const before = service.requests.length;
    expect(await suggestThemes(ids)).toEqual([]);
    expect(service.requests.length).toBe(before);
  });

  it('sends the notes and theme names, and groups what the vectors say belongs together', async () => {
    service.mode = 'ok';
    const { ids, bike, scooter } = await boardWithService();
    await createTheme({ ...ids, name: 'Vervoer' });
    const suggestions = await suggestThemes(ids);
    expect(suggestions).toEqual([{ themeId: expect.any(String), name: 'Vervoer', noteIds: [bike.id, scooter.id].sort() }]);
    expect(service.requests.at(-1)).toEqual({
      model: 'nl-test',
      input: ['Mijn fiets is gestolen', 'Iemand nam de scooter mee', 'Formulieren zijn moeilijk', 'Vervoer'],
    });
  });

  it('falls back to the words alone when the service fails or answers oddly, and never breaks the board', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const { ids } = await boardWithService();
      for (const mode of ['error', 'garbage'] as const) {
        service.mode = mode;
        expect(await suggestThemes(ids), mode).toEqual([]);
      }
      expect(warn).toHaveBeenCalledTimes(2);
    } finally {
      warn.mockRestore();
      service.mode = 'ok';
    }
  });
});
