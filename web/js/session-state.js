// The room's state on this side of the wire: taken whole from a welcome, then changed one event
// at a time. Pure functions: every change returns a new object and leaves the old one alone.

function phaseFor(protocol, index) {
  const phase = protocol && Array.isArray(protocol.phases) ? protocol.phases[index] : undefined;
  return phase ? { ...phase, index } : null;
}

/** The state as the server sent it in `welcome.state`, with missing lists filled in. */
export function fromWelcome(state) {
  const protocol = state.protocol || { phases: [] };
  let phase = state.phase || null;
  if (phase && typeof phase.index !== 'number') {
    const index = protocol.phases.findIndex((p) => p.id === phase.id);
    phase = { ...phase, index: Math.max(0, index) };
  }
  return {
    ...state,
    protocol: { ...protocol, phases: Array.isArray(protocol.phases) ? protocol.phases : [] },
    phase: phase || phaseFor(protocol, 0),
    presenterId: state.presenterId ?? null,
    participants: Array.isArray(state.participants) ? state.participants : [],
    cards: Array.isArray(state.cards) ? state.cards : [],
    turn: { mode: 'open', speakerId: null, endsAt: null, queue: [], order: [], spoken: [], ...(state.turn || {}) },
    timer: { running: false, endsAt: null, remainingMs: null, expired: false, ...(state.timer || {}) },
    ended: Boolean(state.ended),
    endedAt: state.endedAt ?? null,
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
      const participant = { id: event.participantId, name: event.name, role: event.role, online: false, airtimeMs: 0 };
      // Mirrors the server: someone who arrives during a round gets their turn at its end.
      const order = state.turn.mode === 'round-robin' && event.role !== 'observer'
        ? [...state.turn.order, event.participantId] : state.turn.order;
      return { ...state, participants: [...state.participants, participant], turn: { ...state.turn, order } };
    }
    case 'phase.changed': {
      const phase = phaseFor(state.protocol, event.index);
      if (!phase) return state;
      // Mirrors the server: a round-robin's order is everyone who speaks, in the order they joined.
      const order = phase.turns === 'round-robin'
        ? state.participants.filter((p) => p.role !== 'observer').map((p) => p.id) : [];
      return {
        ...state,
        phase,
        turn: { mode: phase.turns, speakerId: null, endsAt: null, queue: [], order, spoken: [] },
        timer: { running: false, endsAt: null, remainingMs: null, expired: false },
      };
    }
    case 'presence.changed':
      return {
        ...state,
        participants: state.participants.map((p) => (p.id === event.participantId ? { ...p, online: event.online } : p)),
      };
    case 'turn.changed': {
      const speakerId = event.speakerId ?? null;
      const turnSeconds = (state.phase && state.phase.turnSeconds) || 0;
      const spoken = speakerId && !state.turn.spoken.includes(speakerId) ? [...state.turn.spoken, speakerId] : state.turn.spoken;
      return {
        ...state,
        turn: {
          ...state.turn,
          speakerId,
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
      return { ...state, timer: { running: true, endsAt: event.endsAt, remainingMs: null, expired: false } };
    case 'timer.paused':
      return { ...state, timer: { running: false, endsAt: null, remainingMs: event.remainingMs, expired: false } };
    case 'timer.extended':
      return { ...state, timer: { ...state.timer, endsAt: event.endsAt ?? null, remainingMs: event.remainingMs ?? null } };
    case 'timer.expired':
      return event.timer === 'turn'
        ? { ...state, turn: { ...state.turn, endsAt: null } }
        : { ...state, timer: { running: false, endsAt: null, remainingMs: 0, expired: true } };
    case 'card.moved': {
      // Mirrors the server: out of the list, back in before the index-th card of its new spot.
      const card = event.card;
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
      const shown = new Map(event.cards.map((c) => [c.id, c]));
      return { ...state, cards: state.cards.map((c) => shown.get(c.id) || c) };
    }
    case 'presenter.set':
      return { ...state, presenterId: event.participantId ?? null };
    case 'card.added':
      if (!event.card || state.cards.some((c) => c.id === event.card.id)) return state;
      return { ...state, cards: [...state.cards, event.card] };
    case 'card.edited':
      return { ...state, cards: state.cards.map((c) => (c.id === event.card.id ? event.card : c)) };
    case 'card.removed':
      return { ...state, cards: state.cards.filter((c) => c.id !== event.cardId) };
    case 'session.ended':
      return { ...state, ended: true, endedAt: event.at ?? null };
    default:
      return state;
  }
}

export function participantById(state, id) {
  return state.participants.find((p) => p.id === id) || null;
}

/** Whether the phase's rules let this participant post, and if not, why (in words). */
export function postingRule(state, participantId) {
  const phase = state.phase;
  const me = participantById(state, participantId);
  if (state.ended) return { allowed: false, reason: 'The session has ended; the board is read-only now.' };
  if (!phase || !Array.isArray(phase.cardKinds) || phase.cardKinds.length === 0) {
    return { allowed: false, reason: 'This phase is for talking; it takes no cards.' };
  }
  if (me && me.role === 'observer') return { allowed: false, reason: 'Observers follow along without posting.' };
  if (phase.whoMayPost === 'presenter' && state.presenterId !== participantId) {
    return {
      allowed: false,
      reason: state.presenterId
        ? 'In this phase only the presenter posts cards.'
        : 'In this phase only the presenter posts cards, and no presenter has been chosen yet.',
    };
  }
  if (phase.whoMayPost === 'others' && state.presenterId === participantId) {
    return { allowed: false, reason: 'You are presenting: in this phase the others write for you.' };
  }
  return { allowed: true, reason: '' };
}

export function mayChangeCard(state, participantId, card) {
  if (state.ended) return false;
  const me = participantById(state, participantId);
  return card.authorId === participantId || Boolean(me && me.role === 'facilitator');
}
