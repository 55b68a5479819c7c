/** `npm run --silent crisis -- <command> [arguments]`. */
import { run } from './run.ts';

const out = run(process.argv.slice(2));
if (out.stdout) process.stdout.write(out.stdout);
if (out.stderr) process.stderr.write(out.stderr);
process.exitCode = out.code;
