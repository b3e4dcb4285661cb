import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  url: string;
  port: number;
  /** The server's process id (the cluster test kills it with SIGKILL). */
  pid: number;
  dataDir: string;
  /** Everything the server printed so far. */
  output(): string;
  /** Milliseconds from spawn until the banner said it was running. */
  startupMs: number;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-e2e-'));
  chmodSync(dir, 0o755); // an embedded PostgreSQL runs as the postgres user when we are root
  return dir;
}

/**
 * Runs the built server (`server/dist/main.js`, as `npm start` does) as a child
 * process and waits until it prints that it is running. `options.port` starts it on
 * a given port (a restart on the port its clients know).
 */
export async function startServerProcess(
  env: Record<string, string | undefined>,
  dataDir = tempDataDir(),
  options: { port?: number } = {},
): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const started = Date.now();
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'server/dist/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
      // The specs play phones behind a local proxy: each sends its own address as X-Forwarded-For.
      TRUST_PROXY: 'loopback',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 90 s:\n${output}`)), 90_000);
    const check = () => {
      if (output.includes('thidua is running')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before starting:\n${output}`));
    });
  });
  // A node that dies by itself (a crash) shows up in a test only as timeouts: say so, with its last words.
  let stopping = false;
  void exited.then((code) => {
    if (!stopping)
      process.stderr.write(
        `\nserver on port ${port} exited by itself (code ${code}); its last output:\n${output.split('\n').slice(-40).join('\n')}\n`,
      );
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? -1,
    dataDir,
    startupMs: Date.now() - started,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      stopping = true;
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

/**
 * For a test's afterAll: when the test did not pass, prints what each node logged
 * (the fault tests start them with LOG_LEVEL=warn, so this is their warnings and errors).
 */
export function reportNodesUnlessPassed(passed: boolean, nodes: (ServerProcess | undefined)[]): void {
  if (passed) return;
  for (const node of nodes) {
    if (!node) continue;
    const lines = node
      .output()
      .split('\n')
      .filter((line) => line.trim() !== '');
    process.stderr.write(`\n--- server on port ${node.port}, last of ${lines.length} lines ---\n`);
    process.stderr.write(`${lines.slice(-150).join('\n')}\n`);
  }
}

/** The admin password printed once by a first start. */
export function printedAdminPassword(output: string): string | undefined {
  return /password:\s+(\S+)/.exec(output)?.[1];
}

export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T };
}

export async function signIn(url: string, username: string, password: string): Promise<string> {
  const result = await graphql<{ signIn: { accessToken: string } }>(
    url,
    'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }',
    { input: { username, password } },
  );
  if (!result.data?.signIn) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
  return result.data.signIn.accessToken;
}

/** GraphQL as a signed-in user; fails the test on any error. */
export async function gql<T>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await graphql<T>(url, query, variables, token);
  if (result.errors?.length || !result.data) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(result.errors)}`);
  return result.data;
}
