#!/usr/bin/env node
import { EXIT } from './exit.js';
import { leanHeap } from './heap.js';
import { main } from './index.js';
import { quietOnClosedPipe } from './pipe.js';

// srm-audit supports Node.js 20; the SDK's notice that its future releases will need Node 22
// is not something a user of this tool can act on, and it would clutter every scan's output.
// (Read when the first client is built, so setting it here, before main, is in time.)
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const outputFailure = quietOnClosedPipe();
// Collect garbage before the heap grows far past the live set, unless the user sized the heap (heap.ts).
leanHeap();

main(process.argv).then(
  (code) => {
    const failed = outputFailure();
    if (failed) {
      // What was printed is cut short: the environment's fault (exit 2, as for a full disk elsewhere).
      process.stderr.write(`srm-audit: cannot write the output: ${failed.code ?? failed.message}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    process.exitCode = code;
  },
  (err: unknown) => {
    // A bug, not a user error: say so, with the stack, and mark the run incomplete.
    process.stderr.write(`srm-audit: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = EXIT.incomplete;
  },
);
