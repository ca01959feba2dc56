// How long the server asks to wait before trying again (HTTP `Retry-After`).

/** Seconds to wait from a `Retry-After` header (seconds or an HTTP date); a minute when absent. */
export function retryAfter(header: string | null, now = Date.now()): number {
  if (header && /^\d+$/.test(header.trim())) return Math.max(1, Number(header.trim()));
  const at = header ? Date.parse(header) : NaN;
  return Number.isNaN(at) ? 60 : Math.max(1, Math.ceil((at - now) / 1000));
}
