// Small helpers for this area's integration tests.

/** The HTTP status a feature operation threw (404, 403…), or 'ok' when it did not throw. */
export async function statusOf(work: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await work;
    return 'ok';
  } catch (error) {
    if (error instanceof Response) return error.status;
    throw error;
  }
}
