// The room's state on this side of the wire: taken whole from a welcome, then changed one event
// at a time. Pure functions: every change returns a new object and leaves the old one alone.

function phaseFor(protocol, index) {
  const phase = protocol && Array.isArray(protocol.phases) ? protocol.phases[index] : undefined;
  return phase ? { ...phase, index } : null;
}

/** The state as the server sent it in `welcome.state`, with missing lists filled in. */
export function fromWelcome(state, serverTime) {
  const protocol = state.protocol || { phases: [] };
  let phase = state.phase || null;
  if (phase && typeof phase.index !== 'number') {
    const index = protocol.phases.findIndex((p) => p.id === phase.id);
    phase = { ...phase, index: Math.max(0, index) };
  }
  const turn = { mode: 'open', speakerId: null, endsAt: null, queue: [], order: [], spoken: [], ...(state.turn || {}) };
  return {
    ...state,
    protocol: { ...protocol, phases: Array.isArray(protocol.phases) ? protocol.phases : [] },
    phase: phase || phaseFor(protocol, 0),
    presenterId: state.presenterId ?? null,
    spotlightCardId: state.spotlightCardId ?? null,
    participants: (Array.isArray(state.participants) ? state.participants : [])
      .map((p) => ({ airtimeMs: 0, presentingMs: 0, awaySince: null, attended: Boolean(p.online), ...p })),
    cards: (Array.isArray(state.cards) ? state.cards : []).map(withReactions),
    // The group's open commitments brought along, then those made here, each as it now stands.
    commitments: Array.isArray(state.commitments) ? state.commitments : [],
    turn: { ...turn, since: turnStart(turn, phase || phaseFor(protocol, 0)) },
    timer: { running: false, endsAt: null, remainingMs: null, expired: false, expiredAt: null, ...(state.timer || {}) },
    callLink: state.callLink ?? null,
    agreement: state.agreement ?? null,
    takeoverAfterMs: typeof state.takeoverAfterMs === 'number' ? state.takeoverAfterMs : null,
    ended: Boolean(state.ended),
    endedAt: state.endedAt ?? null,
    // Airtime in `participants` is counted up to this moment; the running turn adds from here on.
    airtimeAsOf: typeof serverTime === 'number' ? serverTime : null,
  };
}

function withReactions(card) {
  return card && !Array.isArray(card.reactions) ? { ...card, reactions: [] } : card;
}

/**
 * When the current speaker took the floor, if the state tells: a start time the server may send,
 * or the end of a timed turn minus its length. Null when it cannot be known.
 */
function turnStart(turn, phase) {
  if (!turn.speakerId) return null;
  for (const key of ['since', 'startedAt', 'speakerSince']) {
    if (typeof turn[key] === 'number' && turn[key] > 0) return turn[key];
  }
  const turnSeconds = (phase && phase.turnSeconds) || 0;
  if (typeof turn.endsAt === 'number' && turnSeconds > 0) return turn.endsAt - turnSeconds * 1000;
  return null;
}

/**
 * Closes the running turn at `at` (epoch ms, server clock): the speaker's time grows by the time
 * since it was last counted, as presenting in a presenter phase and as airtime in a phase with
 * turns. Mirrors the server, so the balance stays live between welcomes.
 */
function closeAirtime(state, at) {
  const speakerId = state.turn.speakerId;
  const from = state.airtimeAsOf;
  if (!speakerId || typeof from !== 'number' || typeof at !== 'number') return { ...state, airtimeAsOf: at ?? null };
  const gained = Math.max(0, at - from);
  const field = state.turn.mode === 'presenter' ? 'presentingMs' : 'airtimeMs';
  return {
    ...state,
    airtimeAsOf: at,
    participants: state.participants.map((p) => (p.id === speakerId ? { ...p, [field]: (p[field] || 0) + gained } : p)),
  };
}

/** Someone who joins during a round is last in it, before a facilitator who closes the round. */
function withLateComer(state, participantId, role) {
  const order = state.turn.order;
  if (state.turn.mode !== 'round-robin' || role === 'observer') return order;
  const phase = state.phase || {};
  if (role === 'facilitator') return phase.facilitatorTakesTurn ? [...order, participantId] : order;
  const facilitator = state.participants.find((p) => p.role === 'facilitator');
  const last = order.length ? order[order.length - 1] : null;
  return facilitator && last === facilitator.id
    ? [...order.slice(0, -1), participantId, last] : [...order, participantId];
}

function roleMoved(state, fromId, toId) {
  return {
    ...state,
    participants: state.participants.map((p) => {
      if (p.id === toId) return { ...p, role: 'facilitator' };
      if (p.id === fromId) return { ...p, role: 'participant' };
      return p;
    }),
  };
}

/** Applies one event. Unknown event types leave the state as it is. */
export function applyEvent(state, event) {
  switch (event.type) {
    case 'session.created':
      return state || fromWelcome({
        sessionId: event.sessionId,
        title: event.title,
        groupId: event.groupId ?? null,
        protocol: event.protocol,
      });
    case 'participant.joined': {
      if (state.participants.some((p) => p.id === event.participantId)) return state;
      const participant = {
        id: event.participantId,
        name: event.name,
        role: event.role,
        online: false,
        attended: false,
        airtimeMs: 0,
        presentingMs: 0,
        awaySince: event.at ?? null,
      };
      // Mirrors the server: someone who arrives during a round gets their turn at its end.
      const order = withLateComer(state, event.participantId, event.role);
      return { ...state, participants: [...state.participants, participant], turn: { ...state.turn, order } };
    }
    case 'phase.changed': {
      const phase = phaseFor(state.protocol, event.index);
      if (!phase) return state;
      const closed = closeAirtime(state, event.at);
      // The server fixes a round's order as the phase starts and sends it along.
      const order = Array.isArray(event.order) ? event.order : [];
      return {
        ...closed,
        phase,
        turn: { mode: phase.turns, speakerId: null, since: null, endsAt: null, queue: [], order, spoken: [] },
        timer: { running: false, endsAt: null, remainingMs: null, expired: false, expiredAt: null },
      };
    }
    case 'presence.changed':
      return {
        ...state,
        participants: state.participants.map((p) => (p.id === event.participantId
          ? {
            ...p,
            online: event.online,
            attended: Boolean(p.attended || event.online),
            awaySince: event.online ? null : (p.online || p.awaySince == null ? event.at ?? null : p.awaySince),
          } : p)),
      };
    case 'turn.changed': {
      const speakerId = event.speakerId ?? null;
      const turnSeconds = (state.phase && state.phase.turnSeconds) || 0;
      const spoken = speakerId && !state.turn.spoken.includes(speakerId) ? [...state.turn.spoken, speakerId] : state.turn.spoken;
      const closed = closeAirtime(state, event.at);
      return {
        ...closed,
        turn: {
          ...state.turn,
          speakerId,
          since: speakerId ? event.at ?? null : null,
          timeUp: false,
          spoken,
          queue: state.turn.queue.filter((id) => id !== speakerId),
          endsAt: speakerId && turnSeconds > 0 ? event.at + turnSeconds * 1000 : null,
        },
      };
    }
    case 'turn.passed':
      return state.turn.spoken.includes(event.participantId) ? state
        : { ...state, turn: { ...state.turn, spoken: [...state.turn.spoken, event.participantId] } };
    case 'hand.raised':
      return { ...state, turn: { ...state.turn, queue: [...state.turn.queue, event.participantId] } };
    case 'hand.lowered':
      return { ...state, turn: { ...state.turn, queue: state.turn.queue.filter((id) => id !== event.participantId) } };
    case 'queue.reordered':
      return { ...state, turn: { ...state.turn, queue: event.queue } };
    case 'timer.started':
    case 'timer.resumed':
      return { ...state, timer: { running: true, endsAt: event.endsAt, remainingMs: null, expired: false, expiredAt: null } };
    case 'timer.paused':
      return { ...state, timer: { running: false, endsAt: null, remainingMs: event.remainingMs, expired: false, expiredAt: null } };
    case 'timer.extended':
      return { ...state, timer: { ...state.timer, endsAt: event.endsAt ?? null, remainingMs: event.remainingMs ?? null } };
    case 'timer.expired':
      return event.timer === 'turn'
        ? { ...state, turn: { ...state.turn, endsAt: null, timeUp: Boolean(state.turn.speakerId) } }
        : {
          ...state,
          // It ran out when it was due, even when the room noticed a little later.
          timer: {
            running: false,
            endsAt: null,
            remainingMs: 0,
            expired: true,
            expiredAt: typeof state.timer.endsAt === 'number' ? Math.min(state.timer.endsAt, event.at) : event.at,
          },
        };
    case 'card.moved': {
      // Mirrors the server: out of the list, back in before the index-th card of its new spot.
      const card = withReactions(event.card);
      const sameSpot = (c) => c.phaseId === card.phaseId && (c.column ?? null) === (card.column ?? null);
      const board = state.cards.filter((c) => c.id !== card.id);
      let seen = 0;
      let at = board.length;
      for (let i = 0; i < board.length; i += 1) {
        if (sameSpot(board[i])) {
          if (seen === event.index) { at = i; break; }
          seen += 1;
        }
      }
      board.splice(at, 0, card);
      return { ...state, cards: board };
    }
    case 'cards.revealed': {
      const shown = new Map(event.cards.map((c) => [c.id, withReactions(c)]));
      return { ...state, cards: state.cards.map((c) => shown.get(c.id) || c) };
    }
    case 'presenter.set': {
      const presenterId = event.participantId ?? null;
      // Mirrors the server: where the others speak for the presenter, the presenter has no turn.
      const phase = state.phase || {};
      const order = state.turn.mode === 'round-robin' && phase.whoMayPost === 'others'
        ? state.turn.order.filter((id) => id !== presenterId) : state.turn.order;
      return { ...state, presenterId, turn: { ...state.turn, order } };
    }
    case 'card.added':
      if (!event.card || state.cards.some((c) => c.id === event.card.id)) return state;
      return { ...state, cards: [...state.cards, withReactions(event.card)] };
    case 'card.edited':
    case 'card.reacted':
      if (!event.card) return state;
      return { ...state, cards: state.cards.map((c) => (c.id === event.card.id ? withReactions(event.card) : c)) };
    case 'card.removed':
      return {
        ...state,
        cards: state.cards.filter((c) => c.id !== event.cardId),
        spotlightCardId: state.spotlightCardId === event.cardId ? null : state.spotlightCardId,
      };
    case 'commitment.added':
    case 'commitment.reported': {
      // Both carry the whole commitment as it now stands: it replaces the one with its id.
      const commitment = event.commitment;
      if (!commitment || !commitment.id) return state;
      const list = Array.isArray(state.commitments) ? state.commitments : [];
      const known = list.some((c) => c.id === commitment.id);
      return {
        ...state,
        commitments: known ? list.map((c) => (c.id === commitment.id ? commitment : c)) : [...list, commitment],
      };
    }
    case 'card.spotlighted':
      return { ...state, spotlightCardId: event.cardId ?? null };
    case 'facilitator.handed':
    case 'facilitator.claimed':
      return roleMoved(state, event.fromId, event.toId);
    case 'call-link.changed':
      return { ...state, callLink: event.url ?? null };
    case 'session.ended': {
      const closed = closeAirtime(state, event.at);
      return {
        ...closed,
        ended: true,
        endedAt: event.at ?? null,
        turn: { ...state.turn, speakerId: null, since: null, endsAt: null },
        timer: { running: false, endsAt: null, remainingMs: null, expired: false, expiredAt: null },
      };
    }
    default:
      return state;
  }
}

export function participantById(state, id) {
  return state.participants.find((p) => p.id === id) || null;
}

/**
 * The card kinds a phase takes that can be posted. Commitments are never cards (they are made with
 * the commitment form, which tracks them), even where an older custom protocol still lists them.
 */
export function postableKinds(phase) {
  return (phase && Array.isArray(phase.cardKinds) ? phase.cardKinds : []).filter((kind) => kind !== 'commitment');
}

/**
 * Whether the phase's rules let this participant post, and if not, why: a reason the page words
 * (composer.closed.{reason}), so this module needs no language and runs under node as it is.
 */
export function postingRule(state, participantId) {
  const phase = state.phase;
  const me = participantById(state, participantId);
  if (state.ended) return { allowed: false, reason: 'ended' };
  if (!phase || postableKinds(phase).length === 0) return { allowed: false, reason: 'noCards' };
  if (me && me.role === 'observer') return { allowed: false, reason: 'observer' };
  if (phase.whoMayPost === 'presenter' && state.presenterId !== participantId) {
    return { allowed: false, reason: state.presenterId ? 'presenterOnly' : 'presenterOnlyNone' };
  }
  if (phase.whoMayPost === 'others' && state.presenterId === participantId) return { allowed: false, reason: 'presenting' };
  return { allowed: true, reason: '' };
}

export function mayChangeCard(state, participantId, card) {
  if (state.ended) return false;
  const me = participantById(state, participantId);
  return card.authorId === participantId || Boolean(me && me.role === 'facilitator');
}

/**
 * How evenly the floor was shared, as the server measures it: among contributors who are online or
 * have airtime, the top speaker's share of all airtime and the Gini coefficient. `now` is the
 * server's time; the running turn counts up to it.
 */
export function airtimeAt(state, participant, now) {
  const base = participant.airtimeMs || 0;
  if (participant.id !== state.turn.speakerId || state.ended || state.turn.mode === 'presenter') return base;
  const from = typeof state.airtimeAsOf === 'number' ? state.airtimeAsOf : null;
  return from === null ? base : base + Math.max(0, now - from);
}

export function balanceAt(state, now) {
  // The facilitator runs the turns: counted only when they took some.
  const speakers = state.participants
    .filter((p) => p.role !== 'observer')
    .map((p) => ({ participant: p, ms: airtimeAt(state, p, now) }))
    .filter((entry) => entry.ms > 0 || (entry.participant.online && entry.participant.role !== 'facilitator'));
  const total = speakers.reduce((sum, entry) => sum + entry.ms, 0);
  if (total === 0 || speakers.length === 0) return { totalMs: 0, topShare: 0, gini: 0, speakers };
  const sorted = speakers.map((entry) => entry.ms).sort((a, b) => a - b);
  const n = sorted.length;
  let weighted = 0;
  sorted.forEach((value, i) => {
    weighted += (2 * (i + 1) - n - 1) * value;
  });
  return { totalMs: total, topShare: sorted[n - 1] / total, gini: weighted / (n * total), speakers };
}

/** The participant's own role as the state says it (it changes when the role is handed on). */
export function roleOf(state, participantId, fallback = null) {
  const self = state && participantId ? participantById(state, participantId) : null;
  return (self && self.role) || fallback;
}
