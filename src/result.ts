/**
 * Expected failures are values, not throws (STYLE.md). A UserError carries one human sentence,
 * and the file it came from, that the CLI prints and the UI shows as it is.
 */

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export class UserError extends Error {
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export class CancelledError extends Error {
  constructor() {
    super('The import was cancelled; the workspace is unchanged.');
    this.name = 'CancelledError';
  }
}

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new CancelledError();
}

/** Turn any thrown value into the one sentence a user sees; bugs get a generic sentence plus the message. */
export function userMessage(err: unknown): string {
  if (err instanceof UserError || err instanceof CancelledError) return err.message;
  const msg = err instanceof Error ? err.message : String(err);
  return `Something went wrong inside Hindsight (${msg.split('\n')[0]}); the workspace is unchanged.`;
}
