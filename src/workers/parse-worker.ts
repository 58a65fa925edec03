// Workers: the worker thread's entry (bundled as dist/dump-worker.js) — parses the tasks it is sent.
import { parentPort } from 'node:worker_threads';
import { runWorkerTask, type ParseTask } from './parse-task.js';

parentPort?.on('message', (task: ParseTask) => {
  parentPort?.postMessage(runWorkerTask(task));
});
