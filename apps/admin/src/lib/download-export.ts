import { endSession, refreshSession, requestHeaders } from '../auth/session';

export class ExportFailed extends Error {
  constructor(readonly status: number) {
    super(`Export failed with HTTP ${status}`);
  }
}

/**
 * Fetches an export with the session's bearer token (and the interface language), renewing the session once when
 * the access token has run out, as the GraphQL client does.
 */
async function fetchExport(url: string): Promise<Response> {
  const send = () => fetch(url, { headers: requestHeaders() });
  const response = await send();
  if (response.status !== 401) return response;
  if (!(await refreshSession())) {
    endSession(true);
    return response;
  }
  return send();
}

/** An export URL: `/exports/<weekId>/<file>` with the query parameters that have a value. */
export function exportUrl(
  weekId: string,
  file: string,
  params: Record<string, string | null | undefined>,
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  const search = query.toString();
  return `/exports/${encodeURIComponent(weekId)}/${file}${search ? `?${search}` : ''}`;
}

/** Downloads an export (week report, outcomes, ...) and hands it to the browser as a file of the given name. */
export async function downloadExport(url: string, fileName: string): Promise<void> {
  const response = await fetchExport(url);
  if (!response.ok) throw new ExportFailed(response.status);
  const blob = await response.blob();
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Give the browser time to start the download before the blob is released.
    setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
  }
}
