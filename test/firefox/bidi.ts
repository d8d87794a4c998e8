// A minimal WebDriver BiDi client for stock Firefox, which speaks BiDi natively (Playwright drives only its own
// patched Firefox build). Enough to install the extension, open a page and evaluate scripts in it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

export const firefoxPath = '/usr/bin/firefox-esr';

/** Preferences that keep a test profile quiet: no first-run pages, updates, telemetry or remote settings. */
const quietPrefs: Record<string, string | boolean | number> = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'network.proxy.type': 0,
};

interface Pending {
  resolve(value: Record<string, unknown>): void;
  reject(error: Error): void;
}

export class Firefox {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private constructor(
    private readonly process: ChildProcess,
    private readonly socket: WebSocket,
    private readonly profile: string,
  ) {
    // A dropped connection fails what is waiting on it, instead of escaping as an uncaught error.
    socket.on('error', (error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    });
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as {
        id?: number;
        type: string;
        result?: Record<string, unknown>;
        error?: string;
        message?: string;
      };
      if (message.id === undefined) return;
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.type === 'error') waiting?.reject(new Error(`${message.error}: ${message.message}`));
      else waiting?.resolve(message.result ?? {});
    });
  }

  static async launch(): Promise<Firefox> {
    const profile = mkdtempSync(join(tmpdir(), 'trustlint-firefox-'));
    writeFileSync(
      join(profile, 'user.js'),
      Object.entries(quietPrefs)
        .map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`)
        .join('\n'),
    );
    const child = spawn(firefoxPath, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const address = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`Firefox did not start WebDriver BiDi:\n${output}`)), 30_000);
      const read = (chunk: Buffer) => {
        output += chunk;
        const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]!);
        }
      };
      child.stderr.on('data', read);
      child.stdout.on('data', read);
      child.on('exit', (code) => reject(new Error(`Firefox exited (${code}) before BiDi started:\n${output}`)));
    });
    const socket = new WebSocket(`${address}/session`);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const firefox = new Firefox(child, socket, profile);
    await firefox.send('session.new', { capabilities: {} });
    return firefox;
  }

  send(method: string, params: Record<string, unknown>): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** The first top-level browsing context (tab). */
  async tab(): Promise<string> {
    const { contexts } = (await this.send('browsingContext.getTree', {})) as { contexts: Array<{ context: string }> };
    return contexts[0]!.context;
  }

  /** Evaluates an expression in the page (awaiting promises) and returns its JSON value. */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const result = (await this.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
    })) as { type: string; result?: { value?: string }; exceptionDetails?: { text: string } };
    if (result.type === 'exception') throw new Error(`page script failed: ${result.exceptionDetails?.text}`);
    return JSON.parse(result.result?.value ?? 'null') as T;
  }

  async close(): Promise<void> {
    await this.send('session.end', {}).catch(() => undefined);
    this.socket.close();
    this.process.kill();
    await new Promise((resolve) => (this.process.exitCode === null ? this.process.once('exit', resolve) : resolve(undefined)));
    rmSync(this.profile, { recursive: true, force: true });
  }
}
