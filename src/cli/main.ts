/** `npm run --silent crisis -- <command> [arguments]`. */
import { serveOptions } from './commands/serve.ts';
import { run } from './run.ts';
import { startSessionServer } from '../server/app.ts';

const argv = process.argv.slice(2);
const out = run(argv);
if (out.stdout) process.stdout.write(out.stdout);
if (out.stderr) process.stderr.write(out.stderr);
process.exitCode = out.code;

if (argv[0] === 'serve' && out.code === 0) {
  const options = serveOptions(argv.slice(1));
  startSessionServer(options)
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
