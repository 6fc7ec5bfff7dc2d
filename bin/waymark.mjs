#!/usr/bin/env node
// The package's `bin`: the CLI is TypeScript run by Node 24's type stripping.
// Node's compile cache keeps the stripped and compiled modules between runs,
// which takes a third off every command's start-up after the first. It lives
// in the user's own cache folder, not a shared temporary one that another
// user could have made first. NODE_COMPILE_CACHE overrides the folder;
// NODE_DISABLE_COMPILE_CACHE=1 turns the cache off.
import module from 'node:module';
import { join } from 'node:path';
import { userCacheDir } from '../src/host/paths.ts';

module.enableCompileCache?.(
  process.env.NODE_COMPILE_CACHE || join(userCacheDir(), 'node-compile-cache'),
);
// Imported only now, so that the cache holds the CLI's modules.
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
