// Starts the built app as a child process on a free port, with an in-memory database.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export type RunningServer = {
  baseUrl: string;
  stop: () => Promise<number | null>;
  /** Sends a signal (SIGKILL: a crash, no clean shutdown) and resolves once the process is gone. */
  kill: (signal: NodeJS.Signals) => Promise<void>;
  output: () => string;
};

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync('build/server/index.js')) throw new Error('Run `npm run build` before the browser journeys.');
  // A caller may choose the port and public address (127.0.0.1: a browser may reach "localhost" over ::1).
  const port = Number(env.PORT) || (await freePort());
  const baseUrl = env.APP_URL || `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['server/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      APP_URL: baseUrl,
      DATA_DIR: 'memory://',
      DATABASE_URL: '',
      SMTP_URL: '',
      NODE_ENV: '',
      SEED_DEMO: 'true',
      RATE_LIMIT_PUBLIC: '10000',
      // Journeys sign in as their organisation's coordinator several times, two files at a time.
      LOGIN_LINKS_PER_ADDRESS: '1000',
      // Stored secrets (an organisation's SSO client secret) are encrypted under this key: tests only.
      SECRETS_KEY: 'dGVzdHMtb25seS1zZWNyZXRzLWtleS0zMi1ieXRlcyE=',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/login`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      // Never leave a half-started server behind (it would hold its port and memory).
      child.kill('SIGKILL');
      throw new Error(`Server did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    output: () => output,
    async kill(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill(signal);
      await exited;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      return exited;
    },
  };
}
