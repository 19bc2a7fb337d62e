/**
 * `dangjian report … | head`: the reader may leave before the closing lines are written.
 * Nobody is left to tell, so a closed pipe ends the output quietly instead of with a Node stack trace.
 */
export function quietOnClosedPipe(stream: NodeJS.WritableStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}
