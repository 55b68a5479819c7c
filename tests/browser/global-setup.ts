/**
 * Builds the game once and serves dist/ with the same server `npm start` uses, for every browser
 * test file. Set CRISIS_SKIP_BUILD=1 to reuse an existing dist/ while iterating.
 */
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { startServer } from '../../src/server/http-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env['CRISIS_SKIP_BUILD'] !== '1') await build({ logLevel: 'warn' });
  const { server, url } = await startServer({ root: 'dist', port: 0 });
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
