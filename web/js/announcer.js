// What a screen reader hears in the room: changes that matter to everyone (the phase, the floor, the
// spotlight, the role, the end), said in words. What happens in one batch of events (a phase change
// and its opening turn, say) is announced together. Each message is added to the live region, not
// put in place of the one before, so a message that comes a moment later (a slow device, a busy
// link) does not cut off the one still being read; the region keeps the last few.
import { statusLabel } from './commitment-format.js';
import { h } from './dom.js';
import { participantById } from './session-state.js';
import { t } from './i18n.js';

function shorten(text, max = 140) {
  const value = String(text || '').replace(/\s+/g, ' ').trim();
  return [...value].length > max ? `${[...value].slice(0, max - 1).join('')}…` : value;
}

/** How many messages the live region keeps. */
const KEPT = 3;

/** @param region the live region (aria-live=polite): additions are read, removals are not */
export function createAnnouncer(region) {
  let pending = [];
  let timer = null;

  function announce(text) {
    if (!text) return;
    pending.push(text);
    if (timer) return;
    timer = setTimeout(() => {
      region.append(h('p', {}, pending.join(' ')));
      while (region.childElementCount > KEPT) region.firstElementChild.remove();
      pending = [];
      timer = null;
    }, 120);
  }

  /** The words for an event, given the state before and after it and who is reading. */
  function describe(event, before, state, me) {
    const nameOf = (id) => participantById(state, id)?.name || t('common.someone');
    const mine = (id) => id === me;
    switch (event.type) {
      case 'phase.changed':
        return state.phase ? t('announce.phase', { index: state.phase.index + 1, phase: state.phase.name }) : '';
      case 'turn.changed': {
        const skipped = Array.isArray(event.skipped) && event.skipped.length
          ? ` ${t('announce.skipped', { names: event.skipped.map((id) => (mine(id) ? t('common.youLower') : nameOf(id))).join(', ') })}` : '';
        if (event.speakerId) {
          return (mine(event.speakerId) ? t('announce.youSpeak') : t('announce.speaks', { name: nameOf(event.speakerId) })) + skipped;
        }
        return before.turn.speakerId ? `${t('announce.nobody')}${skipped}` : skipped.trim();
      }
      case 'timer.expired':
        return event.timer === 'phase' ? t('floor.timeUp') : '';
      case 'card.spotlighted': {
        const card = event.cardId ? state.cards.find((c) => c.id === event.cardId) : null;
        if (!card) return t('announce.spotlightOff');
        const text = card.text == null ? t('announce.privateDraft') : t('announce.quoted', { text: shorten(card.text) });
        return mine(card.authorId) ? t('announce.spotlightYours', { text }) : t('announce.spotlight', { text, name: nameOf(card.authorId) });
      }
      case 'facilitator.handed':
      case 'facilitator.claimed': {
        const took = event.type === 'facilitator.claimed' ? 'Took' : '';
        if (event.toId === me) return t('announce.youFacilitate');
        if (event.fromId === me) return t(`announce.handedFromYou${took}`, { name: nameOf(event.toId) });
        return t(`announce.handed${took}`, { name: nameOf(event.toId) });
      }
      case 'call-link.changed':
        return event.url ? t('announce.callSet') : t('announce.callRemoved');
      case 'session.ended':
        return t('announce.ended');
      case 'participant.joined':
        return event.participantId !== me ? t('announce.joined', { name: event.name }) : '';
      case 'commitment.added': {
        if (!event.commitment) return '';
        const text = t('announce.quoted', { text: shorten(event.commitment.text) });
        return mine(event.commitment.ownerId) ? t('announce.youCommitted', { text })
          : t('announce.committed', { name: event.commitment.ownerName || nameOf(event.commitment.ownerId), text });
      }
      case 'commitment.reported': {
        if (!event.commitment) return '';
        const words = { text: t('announce.quoted', { text: shorten(event.commitment.text, 80) }), status: statusLabel(event.commitment.status) };
        return mine(event.commitment.ownerId) ? t('announce.youReported', words)
          : t('announce.reported', { ...words, name: event.commitment.ownerName || nameOf(event.commitment.ownerId) });
      }
      default:
        return '';
    }
  }

  return { announce, describe };
}
