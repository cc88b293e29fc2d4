// Where a session's secrets live in this browser tab.
//
// Links carry secrets in the fragment (#token=…&participant=…&invite=…), which browsers never send
// to the server. On load they move to sessionStorage under `roundtable.session.{sessionId}` as
// {"token","participantId","inviteCode"?} and the fragment is removed from the address bar.

const PREFIX = 'roundtable.session.';

export function storageKey(sessionId) {
  return PREFIX + sessionId;
}

export function load(sessionId) {
  try {
    const raw = sessionStorage.getItem(storageKey(sessionId));
    const value = raw ? JSON.parse(raw) : null;
    return value && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
}

export function save(sessionId, credential) {
  try {
    sessionStorage.setItem(storageKey(sessionId), JSON.stringify(credential));
  } catch {
    // Storage can be full or disabled; the page still works until it is reloaded.
  }
  return credential;
}

/** True when the credential can open the room: it has a token and the participant it belongs to. */
export function canConnect(credential) {
  return Boolean(credential && credential.token && credential.participantId);
}

/** Drops a token the server no longer accepts, keeping the invite code so the person can join again. */
export function forgetToken(sessionId) {
  const current = load(sessionId) || {};
  const next = current.inviteCode ? { inviteCode: current.inviteCode } : null;
  if (next) {
    save(sessionId, next);
  } else {
    try {
      sessionStorage.removeItem(storageKey(sessionId));
    } catch {
      // nothing to clean up
    }
  }
  return next;
}

export function readFragment(hash) {
  const params = new URLSearchParams((hash || '').replace(/^#/, ''));
  return {
    token: params.get('token') || null,
    participantId: params.get('participant') || null,
    inviteCode: params.get('invite') || null,
  };
}

/**
 * Moves any secrets from the current URL fragment into storage, removes the fragment, and
 * returns what is now stored for the session (or null).
 */
export function adoptFragment(sessionId, loc = window.location, hist = window.history) {
  const fragment = readFragment(loc.hash);
  const stored = load(sessionId);
  if (!fragment.token && !fragment.inviteCode) return stored;

  const next = { ...(stored || {}) };
  if (fragment.token && fragment.participantId) {
    next.token = fragment.token;
    next.participantId = fragment.participantId;
  }
  if (fragment.inviteCode) next.inviteCode = fragment.inviteCode;
  save(sessionId, next);
  hist.replaceState(hist.state, '', loc.pathname + loc.search);
  return next;
}
