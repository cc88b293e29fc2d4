// JSON over HTTP, with the server's error shape turned into readable messages in the page's language.
import { currentLanguage, t } from './i18n.js';

export class ApiError extends Error {
  /** `serverMessage` is the server's own (English) words, kept for logs and tests. */
  constructor(code, message, status, serverMessage = message) {
    super(message);
    this.code = code;
    this.status = status;
    this.serverMessage = serverMessage;
  }
}

/**
 * What to tell the reader about a refusal with this error code. Codes are stable and every
 * language has words for each; in English the server's own message says more, so it is shown.
 */
export function refusal(code, serverMessage) {
  if (currentLanguage() === 'en' && serverMessage) return serverMessage;
  const key = `error.${code}`;
  const words = t(key);
  return words === key ? t('error.unavailable') : words;
}

/**
 * Sends a JSON request and returns the parsed answer (null for an empty one, e.g. 204).
 * `token`, when given, goes in the Authorization header, never in the URL.
 */
export async function requestJson(method, url, body, token) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError('unavailable', t('api.unreachable'), 0);
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const error = data && data.error ? data.error : {};
    const code = error.code || 'unavailable';
    const message = error.message ? refusal(code, error.message) : t('api.status', { status: response.status });
    throw new ApiError(code, message, response.status, error.message || '');
  }
  return data;
}
