/**
 * Vite plugin: serves the scenario library at `scenarios/index.json` and `scenarios/<file>.yaml`
 * during `npm run dev`, and writes the same files into dist/ on build.
 */
import type { Plugin } from 'vite';
import { readLibrary } from './scenario-library.ts';

const DIR = 'scenarios';

export function scenarioLibrary(): Plugin {
  return {
    name: 'crisis-room-scenarios',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const match = /\/scenarios\/([\w.-]+)$/.exec(url);
        if (!match?.[1]) {
          next();
          return;
        }
        const { index, files } = readLibrary(DIR);
        const body = match[1] === 'index.json' ? JSON.stringify(index) : files.get(match[1]);
        if (body === undefined) {
          next();
          return;
        }
        res.setHeader('content-type', match[1].endsWith('.json') ? 'application/json' : 'text/yaml; charset=utf-8');
        res.end(body);
      });
    },
    generateBundle() {
      const { index, files } = readLibrary(DIR);
      this.emitFile({ type: 'asset', fileName: 'scenarios/index.json', source: JSON.stringify(index) });
      for (const [name, text] of files) this.emitFile({ type: 'asset', fileName: `scenarios/${name}`, source: text });
    },
  };
}
