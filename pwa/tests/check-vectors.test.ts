// Every case of the server's test-vector file (generated and verified by the Rust check's own
// tests) must give the same verdict, lines and remaining budgets here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, type CheckInput } from '../src/domain/check';

interface VectorCase {
  input: CheckInput & { teamPot: (CheckInput['teamPot'] & object) | null };
  expected: {
    verdict: string;
    remaining: Record<string, number | null>;
    lines: {
      rule: string;
      outcome: string;
      decisive: boolean;
      limitCents: number | null;
      usedCents: number | null;
      remainingCents: number | null;
    }[];
  };
}

const file = new URL('../../tests/vectors/mandate-check.json', import.meta.url);
const { cases } = JSON.parse(readFileSync(file, 'utf8')) as { cases: VectorCase[] };

describe('the check port agrees with the server check', () => {
  it('has the vector file', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });

  it.each(cases.map((c, i) => [i, c] as const))('vector %i', (_, { input, expected }) => {
    const outcome = check(input);
    expect(outcome.verdict).toBe(expected.verdict);
    expect(outcome.remaining).toEqual(expected.remaining);
    expect(
      outcome.explanation.map(({ rule, outcome, decisive, limitCents, usedCents, remainingCents }) => ({
        rule,
        outcome,
        decisive,
        limitCents,
        usedCents,
        remainingCents,
      })),
    ).toEqual(expected.lines);
  });
});
