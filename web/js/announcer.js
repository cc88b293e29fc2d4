// What a screen reader hears in the room: changes that matter to everyone (the phase, the floor, the
// spotlight, the role, the end), said in words. What happens in one batch of events (a phase change
// and its opening turn, say) is announced together, so one message does not cut off the other.
import { statusLabel } from './commitment-format.js';
import { participantById } from './session-state.js';

function shorten(text, max = 140) {
  const value = String(text || '').replace(/\s+/g, ' ').trim();
  return [...value].length > max ? `${[...value].slice(0, max - 1).join('')}…` : value;
}

/** @param region the live region (aria-live=polite) */
export function createAnnouncer(region) {
  let pending = [];
  let timer = null;

  function announce(text) {
    if (!text) return;
    pending.push(text);
    if (timer) return;
    timer = setTimeout(() => {
      const message = pending.join(' ');
      pending = [];
      timer = null;
      region.textContent = '';
      setTimeout(() => {
        region.textContent = message;
      }, 60);
    }, 120);
  }

  /** The words for an event, given the state before and after it and who is reading. */
  function describe(event, before, state, me) {
    const nameOf = (id) => (id === me ? 'You' : (participantById(state, id)?.name || 'Someone'));
    const ownerWords = (c) => (c.ownerId === me ? 'You' : c.ownerName || nameOf(c.ownerId));
    switch (event.type) {
      case 'phase.changed':
        return state.phase ? `The group moved to phase ${state.phase.index + 1}: ${state.phase.name}.` : '';
      case 'turn.changed': {
        const skipped = Array.isArray(event.skipped) && event.skipped.length
          ? ` Skipped, because not connected: ${event.skipped.map(nameOf).join(', ')}.` : '';
        if (event.speakerId) {
          return (event.speakerId === me ? 'You have the floor.' : `${nameOf(event.speakerId)} has the floor.`) + skipped;
        }
        return before.turn.speakerId ? `Nobody has the floor now.${skipped}` : skipped.trim();
      }
      case 'timer.expired':
        return event.timer === 'phase' ? 'Time is up for this phase.' : '';
      case 'card.spotlighted': {
        const card = event.cardId ? state.cards.find((c) => c.id === event.cardId) : null;
        if (!card) return 'The spotlight is off.';
        const text = card.text == null ? 'a private draft' : `“${shorten(card.text)}”`;
        return `In the spotlight: ${text}, by ${card.authorId === me ? 'you' : nameOf(card.authorId)}.`;
      }
      case 'facilitator.handed':
      case 'facilitator.claimed': {
        const took = event.type === 'facilitator.claimed';
        if (event.toId === me) return 'You are now the facilitator. The facilitation controls are yours.';
        if (event.fromId === me) {
          return `${nameOf(event.toId)} ${took ? 'took over as facilitator while you were away' : 'is now the facilitator'};`
            + ' you take part as a participant.';
        }
        return `${nameOf(event.toId)} ${took ? 'took over as facilitator' : 'is now the facilitator'}.`;
      }
      case 'call-link.changed':
        return event.url ? 'The facilitator set the link to the call; it is in the header.' : 'The call link was removed.';
      case 'session.ended':
        return 'The session has ended.';
      case 'participant.joined':
        return event.participantId !== me ? `${event.name} joined.` : '';
      case 'commitment.added':
        return event.commitment ? `${ownerWords(event.commitment)} made a commitment: “${shorten(event.commitment.text)}”.` : '';
      case 'commitment.reported':
        return event.commitment
          ? `${ownerWords(event.commitment)} reported back on “${shorten(event.commitment.text, 80)}”: ${statusLabel(event.commitment.status)}.`
          : '';
      default:
        return '';
    }
  }

  return { announce, describe };
}
