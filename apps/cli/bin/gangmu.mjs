#!/usr/bin/env node
// Runs the TypeScript CLI without a build step: the workspace packages are source-only (see docs/ARCHITECTURE.md).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
