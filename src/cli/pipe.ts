/**
 * THE closed-pipe handler. A reader that stops early (`srm-audit checks | head -1`) closes the
 * pipe, and the next write to it fails with EPIPE; without a listener Node throws that as an
 * unhandled 'error' event with a stack trace. Stopping to read is the reader's choice, not a
 * failure of srm-audit: the write is dropped, and the command finishes with its own exit code
 * (0 for a listing; a scan still writes its run folder and exits by its result).
 *
 * Any other write failure (a full disk behind a redirect, EIO) is remembered so the exit code can
 * say the output is incomplete.
 */
export function quietOnClosedPipe(streams: readonly NodeJS.WritableStream[] = [process.stdout, process.stderr]): () => NodeJS.ErrnoException | undefined {
  let failure: NodeJS.ErrnoException | undefined;
  for (const stream of streams) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') failure ??= err;
    });
  }
  return () => failure;
}
