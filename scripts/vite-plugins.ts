/**
 * Build fixes shared by the game's Vite build and the engine bundle test.
 *
 * `pluralize` (which `syllable`, the analyser's readability counter, imports) is a UMD module that
 * takes its CommonJS branch only when `typeof require === 'function'`. In a browser bundle there is
 * no `require`, so it fell through to `root.pluralize = …` and the analyser crashed in the browser
 * ("… is not a function") while working in Node. The bundler wraps it as CommonJS anyway, so its
 * CommonJS branch is the right one there.
 */
import type { Plugin } from 'vite';

const UMD_COMMONJS_TEST = /typeof require === ['"]function['"] && typeof exports === ['"]object['"] && typeof module === ['"]object['"]/;

export function umdAsCommonJs(packages: readonly string[] = ['pluralize']): Plugin {
  return {
    name: 'crisis:umd-as-commonjs',
    transform(code, id) {
      const normalised = id.replace(/\\/g, '/');
      if (!packages.some((p) => normalised.includes(`/node_modules/${p}/`))) return null;
      if (!UMD_COMMONJS_TEST.test(code)) return null;
      return { code: code.replace(UMD_COMMONJS_TEST, 'true'), map: null };
    },
  };
}
