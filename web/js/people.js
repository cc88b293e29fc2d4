// Who is in the room: names, roles, online dots, the presenter. While this page's own link is down,
// it says so about you (you are not in the room just then, whatever the others' dots said last).
import { h } from './dom.js';

const ROLE_LABELS = { facilitator: 'Facilitator', participant: 'Participant', observer: 'Observer' };

export function roleLabel(role) {
  return ROLE_LABELS[role] || String(role || '');
}

// The hidden comma keeps "Ada, online, Facilitator" apart when read aloud.
function badge(className, text) {
  return [h('span', { class: 'visually-hidden' }, ', '), h('span', { class: `badge ${className}` }, text)];
}

/** @param dom { list, count } */
export function createPeopleView(dom) {
  let signature = '';

  /** @param connected whether this page's own link to the room is up */
  function update(state, me, connected = true) {
    const people = state.participants.map((p) => (p.id === me && !connected ? { ...p, online: false, selfAway: true } : p));
    const next = JSON.stringify([me, connected, state.presenterId, people.map((p) => [p.id, p.name, p.role, p.online, p.attended])]);
    if (next === signature) return;
    signature = next;
    const online = people.filter((p) => p.online).length;
    dom.count.textContent = connected ? `${online} of ${people.length} online`
      : `You are offline; reconnecting. ${online} of ${people.length} were online when you were last connected.`;
    dom.list.replaceChildren(...people.map((p) => {
      const badges = [];
      if (p.role && p.role !== 'participant') badges.push(badge(`badge-${p.role}`, roleLabel(p.role)));
      if (p.id === state.presenterId) badges.push(badge('badge-presenter', 'Presenter'));
      let status = null;
      if (p.selfAway) status = 'offline, reconnecting';
      // Someone who was here and went is not the same as someone who has not arrived yet.
      else if (!p.online) status = p.attended === false ? 'not here yet' : 'left';
      return h('li', { class: `person ${p.online ? 'is-online' : 'is-offline'}` },
        h('span', { class: 'dot', 'aria-hidden': 'true' }),
        h('span', { class: 'person-name' }, p.name, p.id === me ? ' (you)' : ''),
        h('span', { class: 'visually-hidden' }, p.online ? ', online' : ', offline'),
        status ? h('span', { class: 'person-status' }, status) : null,
        badges);
    }));
  }

  return { update };
}
