// An esbuild plugin for the browser bundles: fails the build on any Node built-in (node:fs, path, …),
// naming the importer. The web worker extension host has none; Node-only code goes behind a port
// (src/extension/platform.ts) with a desktop and a web implementation.
const { builtinModules } = require('node:module');

const builtins = new Set(builtinModules);

function isNodeBuiltin(path) {
  if (path.startsWith('node:')) return true;
  return builtins.has(path) || builtins.has(path.split('/')[0]);
}

/** @type {import('esbuild').Plugin} */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
      if (!isNodeBuiltin(args.path)) return undefined;
      return {
        errors: [
          {
            text: `"${args.path}" is a Node built-in and cannot run in the browser build (imported by ${args.importer}). Put it behind a port in src/extension/platform.ts with a desktop and a web implementation.`,
          },
        ],
      };
    });
  },
};

module.exports = { noNodeBuiltins, isNodeBuiltin };
