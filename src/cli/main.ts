/** `npm run --silent crisis -- <command> [arguments]`. */
import { serveOptions } from './commands/serve.ts';
import { run } from './run.ts';

const argv = process.argv.slice(2);
const out = run(argv);

// A reader that stops early (`crisis play … --json | head -c 100`) closes the pipe, and the rest of
// the output has nowhere to go. That is the reader's choice, not a failure of the command: end
// quietly with the command's own exit code. Any other write failure gets one line and exit 1.
function onWriteError(e: NodeJS.ErrnoException): void {
  if (e.code !== 'EPIPE') {
    try {
      process.stderr.write(`crisis: cannot write the output: ${e.message}\n`);
    } catch {
      // stderr is gone too: the exit code is all that is left.
    }
    process.exit(out.code === 0 ? 1 : out.code);
  }
  process.exit(out.code);
}
process.stdout.on('error', onWriteError);
process.stderr.on('error', onWriteError);

function write(stream: NodeJS.WriteStream, text: string): void {
  try {
    stream.write(text);
  } catch (e) {
    onWriteError(e as NodeJS.ErrnoException);
  }
}

if (out.stdout) write(process.stdout, out.stdout);
if (out.stderr) write(process.stderr, out.stderr);
process.exitCode = out.code;

if (argv[0] === 'serve' && out.code === 0) {
  const options = serveOptions(argv.slice(1));
  // Loaded only here: the server's modules (Colyseus, SQLite, PostgreSQL, Redis) take as long to
  // load as the rest of the command line, and no other command needs them.
  import('../server/app.ts')
    .then(({ startSessionServer }) => startSessionServer(options))
    .then((server) => {
      console.log(`Crisis Room is running at ${server.url}  (Ctrl+C to stop)`);
      const stop = (): void => {
        server.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    })
    .catch((error: unknown) => {
      console.error(`crisis serve: could not start: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    });
}
