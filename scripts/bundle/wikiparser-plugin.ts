// Build: how wikiparser-node is bundled into dist/ — its parser, without the parts wikiconflict never runs
// (language server, config fetcher, linters of CSS/JSON/HTML/math, syntax highlighting), and, for browsers, with
// stand-ins for the Node built-ins it touches. Used by scripts/build-vendor.ts and tsup.config.ts.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
/** The parser's Node build (its `main`): the code the tests check, also for browsers, rather than its own browser
 * bundle (the `browser` field), which leaves out parts of the Node build. */
const PARSER_MAIN = createRequire(import.meta.url).resolve('wikiparser-node');

/** Optional packages wikiparser-node loads only to lint, highlight or serve an editor. */
const LEFT_OUT_PACKAGES =
  /^(?:stylelint|@bhsd\/stylelint-util|vscode-[\w-]+|mathoid-texvcjs|prismjs|prism-wiki|color-name)(?:\/.*)?$/;
/** wikiparser-node's own modules for its language server and its config fetcher, loaded only by those methods. */
const LEFT_OUT_MODULES = /(?:^|\/)(?:lib\/lsp|bin\/config)(?:\.js)?$/;
/** Its shell and diff helpers: loading them registers a process-wide 'unhandledRejection' logger, which no library
 * should do; what the parser uses of them (error and info messages) is replaced by console calls. */
const DIFF_MODULE = /(?:^|\/)util\/diff(?:\.js)?$/;
/** Node built-ins the parser requires; in a browser none of them is reached while parsing, but events and v8. */
const NODE_BUILTINS =
  /^(?:node:)?(?:fs|fs\/promises|path|child_process|util|crypto|v8|events|assert|assert\/strict|inspector|inspector\/promises)$/;

const fromParser = (importer: string) => /[\\/]node_modules[\\/](?:wikiparser-node|@bhsd)[\\/]/.test(importer);

/** Names the modules bundled copies leave out or replace (for the third-party notice). */
export const LEFT_OUT_NOTE =
  "Left out: wikiparser-node's language server (lib/lsp), its config fetcher (bin/config) and the optional packages " +
  'it loads only to lint or highlight (stylelint, vscode-*-languageservice, mathoid-texvcjs, prismjs, prism-wiki, ' +
  'color-name); calling those features throws. Replaced: util/diff (its shell and diff helpers and its ' +
  'process-wide unhandledRejection logger) by console.error/console.info.';

/**
 * The esbuild plugin for a bundle that holds wikiparser-node. `browser` also maps the Node built-ins it requires
 * (and @bhsd/nodejs, its terminal colours) to stand-ins; inject scripts/bundle/browser-process.ts with it.
 * @example esbuild.build({ …, plugins: [wikiparserPlugin({ browser: false })] })
 */
export function wikiparserPlugin({ browser }: { browser: boolean }): Plugin {
  return {
    name: 'wikiconflict-wikiparser',
    setup(build) {
      if (browser) {
        build.onResolve({ filter: /^wikiparser-node$/ }, () => ({ path: PARSER_MAIN }));
        // Each of its modules records its own file name at load (for its developer tools' reloading); a browser
        // has none to give.
        build.initialOptions.define = {
          ...build.initialOptions.define,
          __filename: '"wikiparser-node"',
          __dirname: '"wikiparser-node"',
        };
      }
      build.onResolve({ filter: /.*/ }, (args) => {
        if (!fromParser(args.importer)) return undefined;
        if (LEFT_OUT_PACKAGES.test(args.path) || LEFT_OUT_MODULES.test(args.path))
          return { path: args.path, namespace: 'left-out' };
        if (DIFF_MODULE.test(args.path)) return { path: here('./parser-diff-stand-in.ts') };
        if (browser && (NODE_BUILTINS.test(args.path) || args.path === '@bhsd/nodejs'))
          return { path: here('./browser-node-stand-in.ts') };
        return undefined;
      });
      build.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => ({
        contents: `throw new Error(${JSON.stringify(`${args.path} is left out of the wikiparser-node bundled in wikiconflict (see THIRD-PARTY-NOTICES.md)`)});`,
        loader: 'js',
      }));
    },
  };
}

/** The file to `inject` into a browser bundle: the `process` the bundled parser reads. */
export const BROWSER_PROCESS = here('./browser-process.ts');
