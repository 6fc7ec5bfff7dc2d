#!/usr/bin/env node
// The package's `bin`: the CLI is TypeScript run by Node 24's type stripping.
import { main } from '../src/cli/main.ts';

process.exitCode = await main(process.argv.slice(2));
