// The typed client's answers as values: the data, or the server's problem document thrown as a
// RequestFailed. A request that never got an answer (offline, server away) throws the fetch's
// own error, so "refused" and "not reached" stay apart. The data modules in src/app/ read every
// answer through these.
import { asProblem, type Problem } from './client';

/** A refusal or failure of the server, with its problem document. */
export class RequestFailed extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }
}

/** What openapi-fetch answers: `data` on success, `error` (the body) otherwise. */
export interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of an answer, or the problem as a RequestFailed. */
export function dataOf<T>(answer: Answer<T>): T {
  if (answer.data === undefined) throw new RequestFailed(asProblem(answer.error, answer.response.status));
  return answer.data;
}

/** An object with the version it was read at: a change sends `etag` back as `If-Match`. */
export interface Versioned<T> {
  value: T;
  etag: string | null;
}

export function versioned<T>(answer: Answer<T>): Versioned<T> {
  return { value: dataOf(answer), etag: answer.response.headers.get('ETag') };
}

/** The `If-Match` header for a version, none without one (the server then takes the change as is). */
export const ifMatch = (etag: string | null | undefined): Record<string, string> => (etag ? { 'If-Match': etag } : {});

/** At most this many pages of one list: an organisation's set-up is a few hundred objects. */
const MAX_PAGES = 50;

/** Every page of a list, following `nextCursor`. */
export async function allPages<T>(page: (cursor: string | undefined) => Promise<Answer<{ items: T[]; nextCursor?: string | null }>>, maxPages = MAX_PAGES): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const data = dataOf(await page(cursor));
    items.push(...data.items);
    if (!data.nextCursor) break;
    cursor = data.nextCursor;
  }
  return items;
}

/** The problem of a refusal, or null when the server was not reached. */
export function problemOf(error: unknown): Problem | null {
  return error instanceof RequestFailed ? error.problem : null;
}

/** Someone else changed the object meanwhile (412), or the server wants a version (428). */
export function isStale(error: unknown): boolean {
  const status = problemOf(error)?.status;
  return status === 412 || status === 428;
}

/** What went wrong, in a sentence: the server's own, or `unreached` when no answer came. */
export function problemText(error: unknown, unreached: string): string {
  const problem = problemOf(error);
  return problem ? problem.detail || problem.title : unreached;
}
