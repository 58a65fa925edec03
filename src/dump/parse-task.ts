// Dump: one parse job — the message sent to a worker and the answer it sends back (plain, structured-clonable data).
import type { ParseOptions } from '../_lib/context.js';
import type { Conflict } from '../model/conflict.js';
import { parseConflict } from '../parse-conflict.js';

export interface ParseTask {
  id: number;
  text: string;
  options: ParseOptions;
}

export type ParseAnswer = { id: number; ok: true; conflict: Conflict } | { id: number; ok: false; error: string };

/**
 * What a worker sends back: the Conflict as JSON text. Writing it out (the dump command's NDJSON) then costs the
 * main thread nothing, and reading it (parseMany) one JSON.parse, about twice as fast as a structured clone's read;
 * the main thread serves every worker, so its share is what limits a pool's speed-up.
 */
export type WorkerAnswer = { id: number; ok: true; json: string } | { id: number; ok: false; error: string };

/**
 * Runs one task; an exception becomes an `ok: false` answer so one bad page never stops a dump.
 * @example runParseTask({ id: 1, text: '= X =', options: {} }).ok // true
 */
export function runParseTask(task: ParseTask): ParseAnswer {
  try {
    return { id: task.id, ok: true, conflict: parseConflict(task.text, task.options) };
  } catch (error) {
    return { id: task.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * runParseTask with the Conflict as JSON text, for a worker's answer.
 * @example JSON.parse((runWorkerTask({ id: 1, text: '= X =', options: {} }) as { json: string }).json).title // 'X'
 */
export function runWorkerTask(task: ParseTask): WorkerAnswer {
  const answer = runParseTask(task);
  return answer.ok ? { id: answer.id, ok: true, json: JSON.stringify(answer.conflict) } : answer;
}
