import { endSession, refreshSession, requestHeaders } from '../../auth/session';

export type ExportFormat = 'md' | 'pdf';

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

/** Downloads the week report in one language and format, and hands it to the browser as a file. */
export async function downloadWeekReport(
  weekId: string,
  format: ExportFormat,
  language: string,
  fileStem: string,
): Promise<void> {
  const url = `/exports/${encodeURIComponent(weekId)}/week-report.${format}?language=${encodeURIComponent(language)}`;
  const response = await fetchExport(url);
  if (!response.ok) throw new ExportFailed(response.status);
  const blob = await response.blob();
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = `${fileStem}-${language}.${format}`;
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
