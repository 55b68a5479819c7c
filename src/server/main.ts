/** `npm start`: serves the built game on localhost and prints its address. */
import { startServer } from './http-server.ts';

const requested = Number(process.env['PORT'] ?? 4173);
startServer({ port: Number.isInteger(requested) && requested >= 0 ? requested : 4173 })
  .then(({ url }) => console.log(`Crisis Room is running at ${url}  (Ctrl+C to stop)`))
  .catch((error: unknown) => {
    console.error(`Could not start the server: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
