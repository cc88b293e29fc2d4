// Where a member's group credential lives in this browser.
//
// A group meets again and again, often a month apart. The session room keeps its secrets in
// sessionStorage because a session lasts an afternoon; a group's member token kept there would be
// gone with the tab, and every member would need their member link again next month. So the group
// credential lives in localStorage, under `roundtable.group.{groupId}` as
// {"token","memberId","inviteCode"?}, on this device only; the page offers "Forget me on this
// device" for a shared computer. Links carry it in the fragment (#token=…&member=…&invite=…),
// which browsers never send to the server; the page moves it into storage and clears the fragment.

const PREFIX = 'roundtable.group.';

export function storageKey(groupId) {
  return PREFIX + groupId;
}

export function load(groupId) {
  try {
    const raw = localStorage.getItem(storageKey(groupId));
    const value = raw ? JSON.parse(raw) : null;
    return value && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
}

export function save(groupId, credential) {
  try {
    localStorage.setItem(storageKey(groupId), JSON.stringify(credential));
  } catch {
    // Storage can be full or disabled; the page still works until it is reloaded.
  }
  return credential;
}

export function forget(groupId) {
  try {
    localStorage.removeItem(storageKey(groupId));
  } catch {
    // nothing to clean up
  }
}

/** Drops a token the server no longer accepts, keeping the invite code so the person can join again. */
export function forgetToken(groupId) {
  const current = load(groupId) || {};
  if (current.inviteCode) return save(groupId, { inviteCode: current.inviteCode });
  forget(groupId);
  return null;
}

export function isMember(credential) {
  return Boolean(credential && credential.token && credential.memberId);
}

export function readFragment(hash) {
  const params = new URLSearchParams((hash || '').replace(/^#/, ''));
  return {
    token: params.get('token') || null,
    memberId: params.get('member') || null,
    inviteCode: params.get('invite') || null,
  };
}

/** The fragment a member link carries: the keeper's first visit, or a member's link to another device. */
export function memberFragment(credential) {
  const params = new URLSearchParams();
  params.set('token', credential.token);
  params.set('member', credential.memberId);
  if (credential.inviteCode) params.set('invite', credential.inviteCode);
  return params.toString();
}

/**
 * Moves any secrets from the URL fragment into storage, removes the fragment from the address bar,
 * and returns what is now stored for the group (or null). A member link replaces a stored token;
 * an invite link alone keeps a membership already stored.
 */
export function adoptFragment(groupId, loc = window.location, hist = window.history) {
  const fragment = readFragment(loc.hash);
  const stored = load(groupId);
  if (!fragment.token && !fragment.inviteCode) return stored;
  const next = { ...(stored || {}) };
  if (fragment.token && fragment.memberId) {
    next.token = fragment.token;
    next.memberId = fragment.memberId;
  }
  if (fragment.inviteCode) next.inviteCode = fragment.inviteCode;
  save(groupId, next);
  hist.replaceState(hist.state, '', loc.pathname + loc.search);
  return next;
}
