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
      return { ...state, participants: [...state.participants, participant] };
    }
    case 'phase.changed': {
      const phase = phaseFor(state.protocol, event.index);
      return phase ? { ...state, phase } : state;
    }
    case 'presenter.set':
      return { ...state, presenterId: event.participantId ?? null };
    case 'card.added':
      if (!event.card || state.cards.some((c) => c.id === event.card.id)) return state;
      return { ...state, cards: [...state.cards, event.card] };
    case 'card.edited':
      return {
        ...state,
        cards: state.cards.map((c) => (c.id === event.cardId ? { ...c, text: event.text } : c)),
      };
    case 'card.removed':
      return { ...state, cards: state.cards.filter((c) => c.id !== event.cardId) };
    case 'session.ended':
      return { ...state, ended: true, endedAt: event.at ?? null };
    default:
      return state;
  }
}

/** Presence frames are not events (they carry no seq); they only flip a participant's dot. */
export function applyPresence(state, participantId, online) {
  if (!state || !state.participants.some((p) => p.id === participantId && p.online !== online)) return state;
  return {
    ...state,
    participants: state.participants.map((p) => (p.id === participantId ? { ...p, online } : p)),
  };
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
