#!/usr/bin/env node
import { EXIT } from './exit.js';
import { main } from './index.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A bug, not a user error: say so, with the stack, and mark the run incomplete.
    process.stderr.write(`srm-audit: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = EXIT.incomplete;
  },
);
