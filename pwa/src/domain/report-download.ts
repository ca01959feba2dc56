// Downloads a report as a file: fetched with the bearer token (a plain link cannot send it),
// then handed to the browser as a Blob behind a temporary link.

export interface DownloadFailure {
  status: number;
  detail: string;
}

export async function fetchReportFile(
  url: string,
  accept: string,
  token: string | null,
  fetchImpl: typeof fetch = fetch,
): Promise<{ blob: Blob } | { failure: DownloadFailure }> {
  const headers: Record<string, string> = { Accept: accept };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetchImpl(url, { headers });
  if (!res.ok) {
    let detail = `HTTP ${res.status}`;
    try {
      const p = (await res.json()) as { detail?: string; title?: string };
      detail = p.detail || p.title || detail;
    } catch {
      // Not a problem document: the status says enough.
    }
    return { failure: { status: res.status, detail } };
  }
  return { blob: await res.blob() };
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser the moment it needs to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
