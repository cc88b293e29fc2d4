// Where secrets live in this browser: a session's {token, participantId, inviteCode?} and a group's
// {token, memberId, inviteCode?}, each in localStorage under its own key, on this device only. The
// same browser so comes back as the same person, after a closed tab or a restart, and a group page
// opens again a month later without a link. Each page offers "Forget me on this device" for a
// shared computer.
//
// Links carry secrets in the fragment (#token=…&participant=…&invite=…), which browsers never send
// to the server; on load they move into storage and the fragment leaves the address bar.

function read(key) {
  try {
    const raw = localStorage.getItem(key);
    const value = raw ? JSON.parse(raw) : null;
    return value && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage can be full or disabled; the page still works until it is reloaded.
  }
  return value;
}

function remove(key) {
  try {
    localStorage.removeItem(key);
  } catch {
    // nothing to clean up
  }
}

/**
 * One kind of stored secret. `idField` names who the token makes you ('participantId', 'memberId'),
 * `fragmentName` what a link calls it ('participant', 'member').
 */
function secretStore(prefix, idField, fragmentName) {
  const key = (id) => prefix + id;
  const load = (id) => read(key(id));
  const save = (id, credential) => write(key(id), credential);
  const forget = (id) => remove(key(id));

  function readFragment(hash) {
    const params = new URLSearchParams((hash || '').replace(/^#/, ''));
    return {
      token: params.get('token') || null,
      [idField]: params.get(fragmentName) || null,
      inviteCode: params.get('invite') || null,
    };
  }

  return {
    storageKey: key,
    load,
    save,
    forget,
    readFragment,

    /** True when the credential opens the door: a token and whom it belongs to. */
    opens(credential) {
      return Boolean(credential && credential.token && credential[idField]);
    },

    /** Drops a token the server no longer accepts, keeping the invite code so the person can join again. */
    forgetToken(id) {
      const current = load(id) || {};
      if (current.inviteCode) return save(id, { inviteCode: current.inviteCode });
      forget(id);
      return null;
    },

    /** The fragment of a personal link: it opens the page as this person on another device. */
    fragment(credential) {
      const params = new URLSearchParams();
      params.set('token', credential.token);
      params.set(fragmentName, credential[idField]);
      if (credential.inviteCode) params.set('invite', credential.inviteCode);
      return params.toString();
    },

    /**
     * Moves any secrets from the URL fragment into storage, removes the fragment from the address
     * bar, and returns what is now stored (or null). A personal link replaces a stored token; an
     * invite link alone keeps a place already stored, so opening the invite again is not a second person.
     */
    adoptFragment(id, loc = window.location, hist = window.history) {
      const fragment = readFragment(loc.hash);
      const stored = load(id);
      if (!fragment.token && !fragment.inviteCode) return stored;
      const next = { ...(stored || {}) };
      if (fragment.token && fragment[idField]) {
        next.token = fragment.token;
        next[idField] = fragment[idField];
      }
      if (fragment.inviteCode) next.inviteCode = fragment.inviteCode;
      save(id, next);
      hist.replaceState(hist.state, '', loc.pathname + loc.search);
      return next;
    },

    /** Every id this device keeps a secret for, with what is kept. */
    all() {
      const found = [];
      try {
        for (let i = 0; i < localStorage.length; i += 1) {
          const name = localStorage.key(i);
          if (name && name.startsWith(prefix)) {
            const value = read(name);
            if (value) found.push({ id: name.slice(prefix.length), credential: value });
          }
        }
      } catch {
        // storage unavailable: nothing kept
      }
      return found;
    },
  };
}

/** A session's place: who you are in it, and (for the facilitator) its invite code. */
export const sessions = secretStore('roundtable.session.', 'participantId', 'participant');

/** A group's membership. */
export const groups = secretStore('roundtable.group.', 'memberId', 'member');
