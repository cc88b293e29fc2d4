// JSON over HTTP, with the server's error shape turned into readable messages.

export class ApiError extends Error {
  constructor(code, message, status) {
    super(message);
    this.code = code;
    this.status = status;
  }
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
    throw new ApiError('unavailable', 'The server could not be reached. Check your connection and try again.', 0);
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
    throw new ApiError(
      error.code || 'unavailable',
      error.message || `The server answered with status ${response.status}. Please try again in a moment.`,
      response.status,
    );
  }
  return data;
}
