// The precedents the phone keeps for offline use: per category, the answers to the last few
// amounts asked; offline, the answer for the nearest amount asked stands in for the server's.

export interface Asked<T> {
  amountCents: number;
  items: T[];
  savedAt: string;
}

export type PrecedentMemory<T> = Record<string, Asked<T>[]>;

/** Amounts kept per category: enough for the amounts one types, small enough for the phone. */
export const KEPT_PER_CATEGORY = 8;

/** The memory with one more answer: the same amount replaced, the oldest dropped. */
export function remember<T>(memory: PrecedentMemory<T>, categoryId: string, asked: Asked<T>): PrecedentMemory<T> {
  const others = (memory[categoryId] ?? []).filter((a) => a.amountCents !== asked.amountCents);
  return { ...memory, [categoryId]: [asked, ...others].slice(0, KEPT_PER_CATEGORY) };
}

/** The kept answer for the category whose amount is nearest (by ratio) to the one asked now. */
export function nearest<T>(memory: PrecedentMemory<T>, categoryId: string, amountCents: number): Asked<T> | null {
  const kept = memory[categoryId] ?? [];
  const distance = (a: number) => {
    const [lo, hi] = a < amountCents ? [a, amountCents] : [amountCents, a];
    return hi === 0 ? 0 : 1 - lo / hi;
  };
  let best: Asked<T> | null = null;
  for (const a of kept) if (!best || distance(a.amountCents) < distance(best.amountCents)) best = a;
  return best;
}
