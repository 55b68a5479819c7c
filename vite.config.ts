import { defineConfig } from 'vite';
import { umdAsCommonJs } from './scripts/vite-plugins.ts';
import { scenarioLibrary } from './src/server/scenario-library-plugin.ts';

// The game is served from assets/ (audio sprite) and the bundled scenarios; Phaser sits in its own
// chunk so a change to the game never busts the browser's cache of the framework, and the engine,
// analyser and reports arrive as lazy chunks when a scenario is opened.
export default defineConfig({
  publicDir: 'assets',
  base: './',
  // umdAsCommonJs: the analyser's `syllable` needs `pluralize` as CommonJS in the browser (scripts/vite-plugins.ts).
  plugins: [scenarioLibrary(), umdAsCommonJs()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  server: { port: 5173, strictPort: false },
});
