// When the facilitator is gone (their tab closed, their laptop asleep) nobody can move the group on.
// Everyone sees that the facilitator is away; once they have been away long enough for it not to be
// a reconnect (the server decides how long), anyone taking part can take the role over. The
// facilitator comes back as a participant and can be handed the role again.
import { setText, show } from './dom.js';
import { elapsed } from './floor.js';
import { t } from './i18n.js';

/**
 * @param dom { banner, text, button }
 * @param send (command, args) → opId
 * @param now () → the server's time in ms
 */
export function createTakeover(dom, send, now) {
  let state = null;
  let role = null;

  dom.button.addEventListener('click', () => {
    send('facilitator.claim', {});
    dom.button.disabled = true;
  });

  function render() {
    const facilitator = state ? state.participants.find((p) => p.role === 'facilitator') : null;
    const away = facilitator && !facilitator.online && typeof facilitator.awaySince === 'number';
    const visible = Boolean(state && !state.ended && away && role !== 'facilitator' && role !== 'observer'
      && typeof state.takeoverAfterMs === 'number');
    show(dom.banner, visible);
    if (!visible) return;
    const gone = Math.max(0, now() - facilitator.awaySince);
    const left = state.takeoverAfterMs - gone;
    if (left > 0) {
      setText(dom.text, t('takeover.waiting', { name: facilitator.name, time: elapsed(left + 999) }));
      show(dom.button, false);
    } else {
      setText(dom.text, t('takeover.away', { name: facilitator.name, time: elapsed(gone) }));
      show(dom.button, true);
    }
  }

  function update(next, selfRole) {
    state = next;
    role = selfRole;
    dom.button.disabled = false;
    render();
  }

  setInterval(render, 1000);
  return { update };
}
