// Workers: one parse job — the message sent to a worker and the answer it sends back (plain, structured-clonable data).
import type { ParseOptions } from '../_lib/context.js';
import type { Conflict } from '../model/conflict.js';
import type { Warning } from '../model/warning.js';
import { findOutputFormat, type OutputFormat } from '../render/output-formats.js';
import { parseConflict } from '../parse-conflict.js';

export interface ParseTask {
  id: number;
  text: string;
  options: ParseOptions;
  /** Render the Conflict in this output format in the worker and answer with the text (the convert command). */
  render?: OutputFormat['id'];
}

export type ParseAnswer = { id: number; ok: true; conflict: Conflict } | { id: number; ok: false; error: string };

/**
 * What a worker sends back: the Conflict as JSON text, or, for a task with `render`, the rendered text and the
 * Conflict's warnings. Writing it out (the dump and convert commands) then costs the main thread nothing, and
 * reading it (parseMany) one JSON.parse, about twice as fast as a structured clone's read; the main thread serves
 * every worker, so its share is what limits a pool's speed-up.
 */
export type WorkerAnswer =
  | { id: number; ok: true; json: string }
  | { id: number; ok: true; rendered: string; warnings: Warning[] }
  | { id: number; ok: false; error: string };

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
 * runParseTask with the Conflict as JSON text (or rendered, for a task with `render`), for a worker's answer.
 * @example JSON.parse((runWorkerTask({ id: 1, text: '= X =', options: {} }) as { json: string }).json).title // 'X'
 */
export function runWorkerTask(task: ParseTask): WorkerAnswer {
  const answer = runParseTask(task);
  if (!answer.ok) return answer;
  if (task.render === undefined) return { id: answer.id, ok: true, json: JSON.stringify(answer.conflict) };
  const format = findOutputFormat(task.render);
  if (!format) return { id: answer.id, ok: false, error: `unknown output format "${task.render}"` };
  return { id: answer.id, ok: true, rendered: format.render(answer.conflict), warnings: answer.conflict.warnings };
}
