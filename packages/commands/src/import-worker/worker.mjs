// The import worker's entry (read-in-worker.ts starts it): JavaScript, because a worker thread starts without the
// TypeScript loader of its parent; it registers tsx, then reads each document it is sent with the same
// readPlanDocument as the CLI. Results (draft, diagnostics, the decoded text cut to sourceTextChars) go back as JSON.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { readPlanDocument } = await import('@gangmu/pdf-source');
parentPort.on('message', async ({ id, bytes, fileName, sourceTextChars }) => {
  try {
    const read = await readPlanDocument(bytes, fileName);
    const result = { ...read, sourceText: read.sourceText?.slice(0, sourceTextChars) ?? null };
    // As one JSON string: cloning a string is a copy, and JSON.parse on the other side costs less of the
    // server's thread than deserialising the same object graph.
    parentPort.postMessage({ id, ok: true, json: JSON.stringify(result) });
  } catch (e) {
    // readPlanDocument never throws for bad content: this is a bug, reported as such.
    parentPort.postMessage({
      id,
      ok: false,
      detail: e instanceof Error ? (e.stack ?? e.message) : String(e),
    });
  }
});
