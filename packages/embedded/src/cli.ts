#!/usr/bin/env node
/**
 * `qts`: the q console. No arguments: interactive `q)` prompt. `qts script.q`: run a
 * script, printing what the console would, then stay interactive unless stdin is not a
 * terminal. `qts --jsonl`: the corpus batch protocol on stdin/stdout. `qts -p PORT`: serve
 * the session over kdb+ IPC (q clients `hopen` it) while the console stays open, as `q -p`.
 */
import { readFileSync } from 'node:fs';
import { serveJsonl } from './console/jsonl.js';
import { runRepl } from './console/repl.js';
import { ConsoleSession } from './console/session.js';
import { serveEngine } from './serve/serve-engine.js';

async function main(argv: readonly string[]): Promise<void> {
  if (argv.includes('--jsonl')) {
    await serveJsonl(process.stdin, process.stdout);
    return;
  }
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write('usage: qts [script.q] [-p PORT [-T SECONDS]] | qts --jsonl\n');
    return;
  }
  const portAt = argv.indexOf('-p');
  const port = portAt < 0 ? undefined : Number(argv[portAt + 1]);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
    throw new Error(`-p needs a port number, got ${argv[portAt + 1] ?? 'nothing'}`);
  }
  const timeoutAt = argv.indexOf('-T');
  const timeoutSeconds = timeoutAt < 0 ? 0 : Number(argv[timeoutAt + 1]);
  if (!(timeoutSeconds >= 0))
    throw new Error(`-T needs seconds, got ${argv[timeoutAt + 1] ?? 'nothing'}`);
  const script = argv.find(
    (a, i) => !a.startsWith('-') && i !== portAt + 1 && (timeoutAt < 0 || i !== timeoutAt + 1),
  );
  const session = new ConsoleSession();
  if (script !== undefined) {
    for (const text of session.runScript(readFileSync(script, 'utf8')))
      process.stdout.write(text + '\n');
    if (port === undefined) return;
  }
  if (port !== undefined) {
    // q listens on every interface; qts has no authentication yet, so it stays on loopback.
    const server = await serveEngine(
      { port, host: '127.0.0.1', timeoutMs: timeoutSeconds * 1000 },
      session,
    );
    process.stderr.write(`qts: serving on port ${server.port ?? port}\n`);
    if (process.stdin.isTTY !== true) return; // stay up for clients, without a console
  }
  await runRepl(process.stdin, process.stdout, process.stdin.isTTY === true, session);
  if (port !== undefined) process.exit(0); // `\\` ends the console and the server with it
}

// a reader that goes away (qts --jsonl | head) ends the process quietly
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`qts: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
