// Dump: the worker thread's entry (bundled as dist/dump-worker.js) — parses the tasks it is sent.
import { parentPort } from 'node:worker_threads';
import { runParseTask, type ParseTask } from './parse-task.js';

// The answer goes back as JSON text: the main thread's JSON.parse is about twice as fast as reading a structured
// clone of the same object, and the main thread is shared by every worker.
parentPort?.on('message', (task: ParseTask) => {
  parentPort?.postMessage(JSON.stringify(runParseTask(task)));
});
