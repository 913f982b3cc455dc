#!/usr/bin/env node
// `lienthong` command: runs the CLI on the pinned Node.js 24 (the `node` devDependency),
// whatever Node started this shim, and passes signals and the exit code through.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cli = resolve(here, '../src/cli.ts');
const pinned = resolve(here, '../../../node_modules/.bin/node');
const node = process.versions.node.startsWith('24.') || !existsSync(pinned) ? process.execPath : pinned;
const child = spawn(node, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
