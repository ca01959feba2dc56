// One way every editor saves: check the form here, send it (a change names the version it was
// made from with If-Match), and turn what comes back into one outcome the editor shows: saved,
// nothing to save, refused before sending, stale (someone else changed it meanwhile: 412), or
// refused by the server with its field errors placed at the form's fields. No DOM and no client:
// the editor passes its own checks and request in, the hook in ui/parts/save-flow.ts shows it.
import { isStale, problemOf } from '../api/answer';

/** Messages by the form's field. */
export type Errors<F extends string> = Partial<Record<F, string>>;

export interface FieldProblem {
  field: string;
  message: string;
}

export type SaveOutcome<T, F extends string> =
  /** The form's own checks failed; nothing was sent. */
  | { kind: 'invalid'; errors: Errors<F> }
  /** An edit that changes nothing; nothing was sent. */
  | { kind: 'unchanged' }
  | { kind: 'saved'; value: T }
  /** Someone else changed the object meanwhile (412), or the server wants its version (428). */
  | { kind: 'stale' }
  /**
   * Refused, or the server was not reached (`detail` null). `allPlaced`: every problem the server
   * named is shown at a field, so the top of the form need only point at them.
   */
  | { kind: 'refused'; errors: Errors<F>; allPlaced: boolean; detail: string | null };

export interface SaveSteps<T, F extends string> {
  /** The form's own checks, in words by field: any problem stops the save before it is sent. */
  check?: () => Errors<F>;
  /** Sends the request; null when there is nothing to send. */
  send: () => Promise<T> | null;
  /** The form's field for a field the server names, or null when the form does not show it. */
  field: (serverField: string) => F | null;
  /** A server message in the reader's words (the server words its field errors in English). */
  words?: (message: string) => string;
}

export async function runSave<T, F extends string>(steps: SaveSteps<T, F>): Promise<SaveOutcome<T, F>> {
  const errors = steps.check?.() ?? {};
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  try {
    const sending = steps.send();
    if (!sending) return { kind: 'unchanged' };
    return { kind: 'saved', value: await sending };
  } catch (error) {
    if (isStale(error)) return { kind: 'stale' };
    const problem = problemOf(error);
    const placed = placeErrors(problem?.errors ?? [], steps.field, steps.words);
    return { kind: 'refused', ...placed, detail: problem ? problem.detail || problem.title : null };
  }
}

/** The first part of a field's name: `teamIds[2]` and `rules[0].x` belong to `teamIds` and `rules`. */
export const listOf = (field: string): string => field.split(/[.[]/)[0] ?? field;

/** Server fields placed at the form's fields of the same first part; the rest are not shown at a field. */
export function topFields<F extends string>(fields: readonly F[]): (serverField: string) => F | null {
  return (serverField) => {
    const name = listOf(serverField);
    return (fields as readonly string[]).includes(name) ? (name as F) : null;
  };
}

/** Every server field at the field of the same name (editors that show errors per rule line). */
export const asNamed = <F extends string>(serverField: string): F => serverField as F;

/**
 * The server's field errors by the form's field, several joined and each said once, and whether
 * every one found a field.
 */
export function placeErrors<F extends string>(
  problems: readonly FieldProblem[],
  field: (serverField: string) => F | null,
  words: (message: string) => string = (m) => m,
): { errors: Errors<F>; allPlaced: boolean } {
  const byField = new Map<F, string[]>();
  let unplaced = false;
  for (const problem of problems) {
    const name = field(problem.field);
    if (name === null) {
      unplaced = true;
      continue;
    }
    const said = words(problem.message);
    byField.set(name, [...(byField.get(name) ?? []).filter((m) => m !== said), said]);
  }
  const errors: Errors<F> = {};
  // Sentences (the screens' own words end in a full stop) follow each other; fragments get a `;`.
  for (const [name, messages] of byField) errors[name] = messages.join(messages.every((m) => /[.!?]$/.test(m)) ? ' ' : '; ');
  return { errors, allPlaced: byField.size > 0 && !unplaced };
}

/** The errors less those of fields just changed: their messages are about the old values. */
export function without<F extends string>(errors: Errors<F>, ...fields: F[]): Errors<F> {
  const rest = { ...errors };
  for (const f of fields) delete rest[f];
  return rest;
}
