// Starts the built app once for all browser journeys: in-memory database, outbox on. No demo
// organisation: each journey file seeds a fresh one through /dev/demo-org (freshOrg() in fixtures.ts),
// so files run in parallel and in any order.
import type { TestProject } from 'vitest/node';
import { type RunningServer, startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: RunningServer | undefined;

export async function setup(project: TestProject) {
  server = await startServer({ SEED_DEMO: 'false' });
  project.provide('baseUrl', server.baseUrl);
}

export async function teardown() {
  await server?.stop();
}
